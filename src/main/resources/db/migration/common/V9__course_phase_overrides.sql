alter table course add column override_reason varchar(2000);
alter table course add column overridden_on date;
alter table course add column override_to varchar(20);
