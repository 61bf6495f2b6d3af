-- Time accounting (WF-2): staff may say how long a reply or note took; the average per
-- resolved request is the measured handling time the demand forecast uses.
alter table request_message add column minutes_spent integer;
