-- Contingency (issue 15; WF-4; B10 4.1, 2.2): procedures for unexpected situations, with
-- roles, steps and contacts, and the incidents that activating one opens: its checklist
-- worked and logged, then a post-incident review.
create table workforce_procedure (
    id          uuid not null primary key,
    title       varchar(200) not null,
    situation   varchar(30) not null,
    party_id    uuid,
    steps       varchar(4000) not null,
    contacts    varchar(2000),
    updated_at  timestamp with time zone not null,
    version     bigint not null
);

create table workforce_incident (
    id             uuid not null primary key,
    procedure_id   uuid not null,
    title          varchar(200) not null,
    situation      varchar(30) not null,
    party_id       uuid,
    contacts       varchar(2000),
    note           varchar(1000),
    opened_at      timestamp with time zone not null,
    opened_by      varchar(100) not null,
    closed_at      timestamp with time zone,
    closed_by      varchar(100),
    what_happened  varchar(4000),
    what_changes   varchar(4000),
    version        bigint not null
);

create index workforce_incident_open on workforce_incident (closed_at, opened_at);

create table workforce_incident_step (
    incident_id uuid not null references workforce_incident (id),
    position    integer not null,
    role        varchar(100),
    text        varchar(500) not null,
    done_at     timestamp with time zone,
    done_by     varchar(100),
    note        varchar(1000),
    primary key (incident_id, position)
);
