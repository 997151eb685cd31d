package org.openipt.identity;

/** Why a single-use secret was issued: to set up a client's portal account, or to set a forgotten password. */
public enum AccountTokenPurpose {
    INVITATION, PASSWORD_RESET
}
