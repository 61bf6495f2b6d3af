-- A contact created without a person deciding it (a mail from an unknown sender) is flagged
-- for review with why; editing the contact clears the flag.
alter table contact add column review_reason varchar(300);
alter table contact add column email_key varchar(200);
update contact set email_key = lower(email) where email is not null;
create index contact_email_key_idx on contact (email_key);
