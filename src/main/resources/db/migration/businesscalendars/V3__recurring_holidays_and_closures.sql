-- Holidays that recur every year (month and day as MM-dd, "12-25") and closures of part
-- of one date (issue 8). Hours in the interval text form, comma-separated, as in V1.
-- Portable SQL for H2 and PostgreSQL.

-- A whole day off every year (no hours) or a part day whose hours replace the weekday's.
create table calendar_recurring_holiday (
    calendar_id   uuid not null,
    month_day     varchar(5) not null,
    name          varchar(200) not null,
    working_hours varchar(1000),
    constraint calendar_recurring_holiday_pk primary key (calendar_id, month_day),
    constraint calendar_recurring_holiday_calendar_fk foreign key (calendar_id) references calendar_definition (id) on delete cascade
);

-- Stretches of one date taken out of the hours that start on it ("12:00-14:00").
create table calendar_closure (
    calendar_id  uuid not null,
    closure_date date not null,
    name         varchar(200) not null,
    closed_hours varchar(1000) not null,
    constraint calendar_closure_pk primary key (calendar_id, closure_date),
    constraint calendar_closure_calendar_fk foreign key (calendar_id) references calendar_definition (id) on delete cascade
);
