-- A temporary password set by an administrator (or generated at first start) must be changed at
-- the next sign-in.
alter table user_account add column password_change_required boolean default false not null;
