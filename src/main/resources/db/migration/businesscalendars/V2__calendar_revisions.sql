-- Every saved version of a calendar's definition, so an SLA clock keeps computing with
-- the calendar in force when it started (issue 8). Written in the same transaction as
-- each create and change; never updated; kept when the calendar is deleted, because
-- clocks started under it still need it. The definition is the normalised
-- CalendarDetails as JSON. Existing calendars get their first revision at startup
-- (CalendarRevisions.backfill), valid from their creation: their earlier versions
-- were never kept. Portable SQL for H2 and PostgreSQL.

create table calendar_revision (
    calendar_id uuid not null,
    version     bigint not null,
    valid_from  timestamp with time zone not null,
    definition  varchar(1000000) not null,
    constraint calendar_revision_pk primary key (calendar_id, version)
);

create index calendar_revision_valid_from_ix on calendar_revision (calendar_id, valid_from);
