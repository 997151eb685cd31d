package org.openipt.notification;

/** What an e-mail is about. */
public enum NotificationKind {
    RISK_OPENED, RISK_ESCALATED, OVERDUE_MEASURES, EMERGENCY_ACCESS, HANDOVER, INVITATION, PASSWORD_RESET,
    URGENT_REFERRAL, CLIENT_REMINDER
}
