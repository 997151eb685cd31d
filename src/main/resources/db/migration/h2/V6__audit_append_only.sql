-- The application may add audit rows but never change or remove them.
create trigger audit_record_no_update before update on audit_record for each row call 'org.openipt.audit.internal.AppendOnlyAuditTrigger';
create trigger audit_record_no_delete before delete on audit_record for each row call 'org.openipt.audit.internal.AppendOnlyAuditTrigger';
