-- Closing a meeting series (its history stays) and closing an objective as achieved or
-- not achieved with a note (PM-1, PM-3). Portable SQL for H2 and PostgreSQL.

alter table review_meeting_series add column closed_on date;
alter table review_meeting_series add column closed_by_name varchar(200);

alter table review_objective add column outcome varchar(20);
alter table review_objective add column outcome_note varchar(2000);
alter table review_objective add column closed_on date;
alter table review_objective add column closed_by_name varchar(200);
