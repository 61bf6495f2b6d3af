-- Service notices (issue 10, REQ-6; B9 1.6): planned work or an incident declared at a party,
-- a link or a service; who was found affected through the chain, who was told of it (how,
-- when) and who could not be reached; its updates and all-clear; the requests affected
-- customers raised while it ran. Portable SQL for H2 and PostgreSQL; other modules' records
-- are referred to by id only.
create table service_notice (
    id               uuid not null primary key,
    version          bigint not null,
    reference_number bigint not null,
    kind             varchar(20) not null,
    subject_kind     varchar(20) not null,
    subject_id       uuid not null,
    subject_name     varchar(300) not null,
    subject_party_id uuid,
    title            varchar(200) not null,
    message          varchar(4000) not null,
    starts_at        timestamp with time zone not null,
    ends_at          timestamp with time zone,
    declared_at      timestamp with time zone not null,
    declared_by      varchar(100) not null,
    declared_by_name varchar(200) not null,
    cleared_at       timestamp with time zone,
    origin_id        uuid,
    constraint service_notice_reference_uk unique (reference_number)
);
create index service_notice_origin_idx on service_notice (origin_id);
create index service_notice_current_idx on service_notice (cleared_at, starts_at);

-- The parties found affected through the chain when the notice was declared.
create table service_notice_party (
    notice_id  uuid not null references service_notice (id),
    party_id   uuid not null,
    party_name varchar(300) not null,
    party_kind varchar(20) not null,
    constraint service_notice_party_pk primary key (notice_id, party_id)
);
create index service_notice_party_idx on service_notice_party (party_id);

-- The end-user services found affected.
create table service_notice_service (
    notice_id    uuid not null references service_notice (id),
    service_id   uuid not null,
    service_name varchar(300) not null,
    constraint service_notice_service_pk primary key (notice_id, service_id)
);

-- The notice as declared, each update and the all-clear, in order.
create table service_notice_round (
    notice_id   uuid not null references service_notice (id),
    position    integer not null,
    kind        varchar(20) not null,
    message     varchar(4000) not null,
    said_at     timestamp with time zone not null,
    by_name     varchar(200) not null,
    constraint service_notice_round_pk primary key (notice_id, position)
);

-- One row per person per round: told (in the application or by mail, with when) or not
-- reached (with why).
create table service_notice_delivery (
    id             uuid not null primary key,
    notice_id      uuid not null references service_notice (id),
    round_number   integer not null,
    party_id       uuid not null,
    party_name     varchar(300) not null,
    person_key     varchar(150) not null,
    person_name    varchar(200) not null,
    contact_id     uuid,
    username       varchar(100),
    address        varchar(320),
    preferred      varchar(20),
    channel        varchar(20) not null,
    note           varchar(300),
    told_at        timestamp with time zone not null,
    constraint service_notice_delivery_once_uk unique (notice_id, round_number, person_key)
);
create index service_notice_delivery_notice_idx on service_notice_delivery (notice_id, round_number);

-- Requests raised by affected parties while the notice ran.
create table service_notice_request (
    notice_id    uuid not null references service_notice (id),
    request_id   uuid not null,
    reference    varchar(40) not null,
    requester_id uuid not null,
    summary      varchar(300) not null,
    raised_at    timestamp with time zone not null,
    constraint service_notice_request_pk primary key (notice_id, request_id)
);
create index service_notice_request_idx on service_notice_request (request_id);
