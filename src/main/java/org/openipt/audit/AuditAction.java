package org.openipt.audit;

public enum AuditAction {
    READ, CREATE, UPDATE
}
