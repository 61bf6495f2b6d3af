-- Customer records (REC-1): a customer party merged into another is kept, pointing at
-- the party it went to; phones are compared in E.164 for duplicate detection.
-- Portable SQL for H2 and PostgreSQL.

alter table party add column merged_into_id uuid;
alter table party add column merged_at timestamp with time zone;
alter table party add constraint party_merged_into_fk foreign key (merged_into_id) references party (id);

create index contact_phone_idx on contact (phone);
