-- An e-mail address (or a client's sign-in name) is unique within an organisation, no longer across all of them: an
-- administrator opening an account must not learn that the address has an account in another organisation. Signing
-- in tries the password against every account with the address (see AccountAuthentication).
alter table user_account drop constraint uq_user_account_email;
alter table user_account add constraint uq_user_account_organisation_email unique (organisation_id, email);
create index ix_user_account_email on user_account (email);
