-- Customer and contact records (REC-1): where letters reach a contact, with a UK postcode
-- checked and kept in one form (M1 1AE). Portable SQL for H2 and PostgreSQL.

alter table contact add column postal_address varchar(300);
alter table contact add column postcode varchar(12);
