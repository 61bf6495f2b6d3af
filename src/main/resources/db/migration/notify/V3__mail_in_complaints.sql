-- Mail in takes complaints too (CMP-1 by mail): a mail that made a complaint, or was
-- appended to one as the customer's message, names the complaint it went to.
alter table mail_in_message add column complaint_id uuid;
