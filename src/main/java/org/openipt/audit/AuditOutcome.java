package org.openipt.audit;

public enum AuditOutcome {
    SUCCESS, DENIED
}
