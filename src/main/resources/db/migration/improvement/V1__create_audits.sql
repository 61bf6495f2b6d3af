-- Mystery shopping and service audits (FB-7; B10 2.7, 2.8; 328 6.3, 10.3): checklist
-- templates with weighted items, audits of a team, a partner or a channel scheduled from
-- them (each keeping a copy of the items it was run with), the result per item, findings,
-- and the improvement action a finding raised (the feedback module's, by id only).
-- Portable SQL for H2 and PostgreSQL.
create sequence improvement_audit_number_seq start with 1 increment by 1;

create table improvement_template (
    id           uuid not null primary key,
    version      bigint not null,
    name         varchar(200) not null,
    subject_kind varchar(20) not null,
    kind         varchar(30) not null,
    description  varchar(2000),
    revision     integer not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);

create table improvement_template_item (
    template_id uuid not null references improvement_template (id),
    position    integer not null,
    question    varchar(500) not null,
    guidance    varchar(2000),
    weight      integer not null,
    constraint improvement_template_item_pk primary key (template_id, position)
);

create table improvement_audit (
    id                uuid not null primary key,
    version           bigint not null,
    number            bigint not null,
    template_id       uuid not null references improvement_template (id),
    template_name     varchar(200) not null,
    template_revision integer not null,
    kind              varchar(30) not null,
    subject_kind      varchar(20) not null,
    subject_party_id  uuid,
    subject_channel   varchar(30),
    subject_name      varchar(300) not null,
    auditor           varchar(100) not null,
    auditor_name      varchar(200) not null,
    due_on            date not null,
    status            varchar(20) not null,
    recur_unit        varchar(10),
    recur_every       integer,
    score             double precision,
    started_at        timestamp with time zone,
    completed_at      timestamp with time zone,
    cancelled_at      timestamp with time zone,
    cancel_reason     varchar(1000),
    previous_id       uuid,
    next_id           uuid,
    created_by        varchar(100) not null,
    created_at        timestamp with time zone not null,
    constraint improvement_audit_number_uk unique (number)
);
create index improvement_audit_list_idx on improvement_audit (status, due_on);
create index improvement_audit_subject_idx on improvement_audit (subject_party_id);

create table improvement_audit_item (
    audit_id uuid not null references improvement_audit (id),
    position integer not null,
    question varchar(500) not null,
    guidance varchar(2000),
    weight   integer not null,
    result   varchar(20),
    note     varchar(2000),
    constraint improvement_audit_item_pk primary key (audit_id, position)
);

create table improvement_audit_finding (
    audit_id      uuid not null references improvement_audit (id),
    position      integer not null,
    number        integer not null,
    item_position integer,
    severity      varchar(20) not null,
    text          varchar(2000) not null,
    action_id     uuid,
    action_title  varchar(200),
    recorded_by   varchar(100) not null,
    recorded_at   timestamp with time zone not null,
    constraint improvement_audit_finding_pk primary key (audit_id, position)
);
