-- An approved absence's work is moved by the policy when it starts (WF-3). When the policy
-- cannot place every item nothing moves, and the reason and time of the last try are kept
-- for managers to see.
alter table workforce_absence add column cover_note varchar(500);
alter table workforce_absence add column cover_tried_at timestamp with time zone;
