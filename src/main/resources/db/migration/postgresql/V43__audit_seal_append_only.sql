-- Seals, like audit rows, are added and never changed or removed.
create function audit_seal_is_append_only() returns trigger as $$
begin
    raise exception 'audit_seal is append-only';
end;
$$ language plpgsql;

create trigger audit_seal_no_update_or_delete
    before update or delete on audit_seal
    for each row execute function audit_seal_is_append_only();
