-- Busy, quiet and absent (issue 15; WF-1, WF-3): each person's working pattern (the business
-- calendar they work to, and how much of it is lost to meetings, breaks and training) and
-- their absences with request, approval and a stand-in.
create table workforce_pattern (
    id                uuid not null primary key,
    username          varchar(100) not null,
    calendar_id       uuid not null,
    shrinkage_percent integer not null,
    version           bigint not null,
    constraint workforce_pattern_username unique (username)
);

create table workforce_absence (
    id            uuid not null primary key,
    username      varchar(100) not null,
    kind          varchar(20) not null,
    starts_on     date not null,
    ends_on       date not null,
    status        varchar(20) not null,
    stand_in      varchar(100),
    note          varchar(500),
    requested_by  varchar(100) not null,
    requested_at  timestamp with time zone not null,
    decided_by    varchar(100),
    decided_at    timestamp with time zone,
    decision_note varchar(500),
    work_moved_at timestamp with time zone,
    version       bigint not null
);

create index workforce_absence_person on workforce_absence (username, starts_on);
create index workforce_absence_dates on workforce_absence (starts_on, ends_on);

-- A manager's adjustment of the forecast of one service for one week (+10 % for a launch).
create table workforce_forecast_adjustment (
    id          uuid not null primary key,
    service_id  uuid not null,
    week_start  date not null,
    percent     integer not null,
    reason      varchar(500) not null,
    version     bigint not null,
    constraint workforce_adjustment_week unique (service_id, week_start)
);
