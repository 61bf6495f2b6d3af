-- The SLA clocks' index (REQ-3): one row per running or finished clock of a request, kept in
-- the same transaction as each event of its history. It is derived state: it can be dropped
-- and rebuilt from the requests' histories at any time. next_at is the clock's next instant
-- that needs acting on (a warning, a breach, an escalation step, an upstream risk), so the
-- sweep reads only the clocks now due. Portable SQL for H2 and PostgreSQL.

create table sla_clock (
    request_id      uuid not null,
    clock_key       varchar(80) not null,
    kind            varchar(20) not null,
    task_id         uuid,
    party_id        uuid,
    agreement_id    uuid,
    terms_number    integer,
    priority        varchar(4) not null,
    state           varchar(20) not null,
    started_at      timestamp with time zone,
    stopped_at      timestamp with time zone,
    due_at          timestamp with time zone,
    breached_at     timestamp with time zone,
    next_at         timestamp with time zone,
    elapsed_seconds bigint not null,
    target_seconds  bigint not null,
    cycle           integer not null,
    primary key (request_id, clock_key)
);

create index sla_clock_next_at on sla_clock (next_at);
create index sla_clock_agreement on sla_clock (agreement_id, started_at);

-- What the sweep has done, once per clock, cycle and action: a second sweep, on this or
-- another instance, finds the row and does nothing.
create table sla_action (
    request_id uuid not null,
    clock_key  varchar(80) not null,
    cycle      integer not null,
    action     varchar(60) not null,
    acted_at   timestamp with time zone not null,
    primary key (request_id, clock_key, cycle, action)
);
