package org.openipt.notification;

/** Where an e-mail of the outbox stands: waiting (or being retried), sent, or given up after its last attempt. */
public enum NotificationStatus {
    PENDING, SENT, FAILED
}
