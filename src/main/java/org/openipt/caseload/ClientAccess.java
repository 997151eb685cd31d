package org.openipt.caseload;

import org.jspecify.annotations.Nullable;

/**
 * What one person may do with one client's record: nothing, read it, or read and change it; and, when they read it
 * only because of an emergency access, which one (so that the pages show it and the audit rows carry it).
 */
public record ClientAccess(boolean maySee, boolean mayChange, @Nullable EmergencyAccess emergency) {

    public static final ClientAccess NONE = new ClientAccess(false, false, null);
    public static final ClientAccess READ = new ClientAccess(true, false, null);
    public static final ClientAccess CHANGE = new ClientAccess(true, true, null);

    public static ClientAccess emergency(EmergencyAccess grant) {
        return new ClientAccess(true, false, grant);
    }
}
