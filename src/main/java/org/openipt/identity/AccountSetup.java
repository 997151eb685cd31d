package org.openipt.identity;

/** What the page for setting a password needs to know about the secret's account. */
public record AccountSetup(AccountTokenPurpose purpose, String displayName, boolean needsSignInName) {
}
