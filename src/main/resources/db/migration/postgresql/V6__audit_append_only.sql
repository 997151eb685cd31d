-- The application may add audit rows but never change or remove them.
create function audit_record_is_append_only() returns trigger as $$
begin
    raise exception 'audit_record is append-only';
end;
$$ language plpgsql;

create trigger audit_record_no_update_or_delete
    before update or delete on audit_record
    for each row execute function audit_record_is_append_only();
