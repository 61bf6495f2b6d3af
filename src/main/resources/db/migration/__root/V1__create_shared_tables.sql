-- Tables that belong to no business module: the event publication registry (transactional
-- outbox of Spring Modulith), HTTP sessions shared by all instances, the audit trail and
-- idempotency records. Portable SQL for H2 and PostgreSQL.

create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_listener_idx on event_publication (listener_id);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval integer not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

create table audit_entry (
    id             uuid not null primary key,
    occurred_at    timestamp with time zone not null,
    actor          varchar(100) not null,
    entity_type    varchar(60) not null,
    entity_id      uuid not null,
    entity_version bigint not null,
    operation      varchar(60) not null
);
create index audit_entry_by_entity_idx on audit_entry (entity_id, entity_version);
create index audit_entry_by_time_idx on audit_entry (occurred_at);

create table audit_field_change (
    entry_id  uuid not null,
    position  integer not null,
    field     varchar(100) not null,
    old_value varchar(2000),
    new_value varchar(2000),
    constraint audit_field_change_pk primary key (entry_id, position),
    constraint audit_field_change_entry_fk foreign key (entry_id) references audit_entry (id) on delete cascade
);

create table idempotency_record (
    caller            varchar(100) not null,
    idempotency_key   varchar(200) not null,
    request_path      varchar(500) not null,
    created_at        timestamp with time zone not null,
    response_status   integer,
    response_type     varchar(200),
    response_location varchar(500),
    response_body     varchar(100000),
    constraint idempotency_record_pk primary key (caller, idempotency_key)
);
