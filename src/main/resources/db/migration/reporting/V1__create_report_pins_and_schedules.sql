-- Reporting (REP-1, REP-2): the charts each user pinned to their dashboard, and the
-- reports they asked to be mailed weekly or monthly. A report is named by its kind and
-- its filters as a query string, never by a copy of its figures: figures are counted
-- afresh each time. Portable SQL for H2 and PostgreSQL.

create table report_pin (
    id          uuid not null primary key,
    version     bigint not null,
    username    varchar(100) not null,
    kind        varchar(40) not null,
    filters     varchar(1000) not null,
    created_at  timestamp with time zone not null
);

create index report_pin_username_idx on report_pin (username, created_at);

create table report_schedule (
    id            uuid not null primary key,
    version       bigint not null,
    username      varchar(100) not null,
    kind          varchar(40) not null,
    filters       varchar(1000) not null,
    frequency     varchar(10) not null,
    next_run_at   timestamp with time zone not null,
    last_run_at   timestamp with time zone,
    last_outcome  varchar(300),
    created_at    timestamp with time zone not null
);

create index report_schedule_due_idx on report_schedule (next_run_at);
create index report_schedule_username_idx on report_schedule (username, created_at);
