package org.openipt.identity;

import org.openipt.shared.Identifier;

/**
 * A change an administrator made to an account or to the organisation's settings, published for the audit trail
 * (which the audit module writes in the same transaction; identity cannot write it itself).
 */
public record AdministratorChanged(UserId administrator, String objectType, Identifier object, Change change) {

    public enum Change {
        ACCOUNT_OPENED, ACCOUNT_CHANGED, ACCOUNT_ACCESS_CHANGED, SESSIONS_ENDED, SETTINGS_CHANGED
    }
}
