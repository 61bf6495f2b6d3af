-- Stored business calendars (AGREE-5). Every day's hours are kept in the text form of
-- org.servicechain.calendar.WorkingInterval, comma-separated ("09:00-12:30, 13:30-17:30",
-- "22:00-06:00+1"), so a row reads like the UI and the API. Portable SQL for H2 and PostgreSQL.

create table calendar_definition (
    id          uuid not null primary key,
    version     bigint not null,
    name        varchar(120) not null,
    name_key    varchar(120) not null,
    description varchar(2000),
    zone_id     varchar(64) not null,
    created_at  timestamp with time zone not null,
    constraint calendar_definition_name_key_uk unique (name_key)
);

-- The usual hours of each day of the week; a day without a row is a day off.
create table calendar_weekday (
    calendar_id   uuid not null,
    day_of_week   varchar(9) not null,
    working_hours varchar(1000) not null,
    constraint calendar_weekday_pk primary key (calendar_id, day_of_week),
    constraint calendar_weekday_calendar_fk foreign key (calendar_id) references calendar_definition (id) on delete cascade
);

-- Whole days off (no hours) and part days whose hours replace the weekday's.
create table calendar_holiday (
    calendar_id   uuid not null,
    holiday_date  date not null,
    name          varchar(200) not null,
    working_hours varchar(1000),
    constraint calendar_holiday_pk primary key (calendar_id, holiday_date),
    constraint calendar_holiday_calendar_fk foreign key (calendar_id) references calendar_definition (id) on delete cascade
);

-- Days worked with their own hours instead of their weekday's.
create table calendar_special_day (
    calendar_id   uuid not null,
    working_date  date not null,
    name          varchar(200) not null,
    working_hours varchar(1000) not null,
    constraint calendar_special_day_pk primary key (calendar_id, working_date),
    constraint calendar_special_day_calendar_fk foreign key (calendar_id) references calendar_definition (id) on delete cascade
);
