-- Seals, like audit rows, are added and never changed or removed.
create trigger audit_seal_no_update before update on audit_seal for each row call 'org.openipt.audit.internal.AppendOnlyAuditTrigger';
create trigger audit_seal_no_delete before delete on audit_seal for each row call 'org.openipt.audit.internal.AppendOnlyAuditTrigger';
