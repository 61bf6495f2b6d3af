-- Subject access requests as tracked work with the one-month deadline of UK GDPR
-- Art. 12(3), and the personal-data breach log with the 72-hour deadline for reporting to
-- the ICO (Art. 33). Portable SQL for H2 and PostgreSQL.

create sequence privacy_sar_reference_seq start with 1 increment by 1;

create table privacy_sar (
    id                   uuid not null primary key,
    version              bigint not null,
    reference_number     bigint not null unique,
    subject_kind         varchar(10) not null,
    subject_id           uuid not null,
    received_on          date not null,
    received_via         varchar(20) not null,
    note                 varchar(1000),
    handler              varchar(100) not null,
    status               varchar(20) not null,
    identity_verified_by varchar(100),
    identity_verified_at timestamp with time zone,
    extension_months     integer not null,
    extension_reason     varchar(1000),
    due_on               date not null,
    refusal_reason       varchar(1000),
    completed_at         timestamp with time zone,
    export_json          bytea,
    created_at           timestamp with time zone not null
);

create index privacy_sar_status_due_ix on privacy_sar (status, due_on);
create index privacy_sar_subject_ix on privacy_sar (subject_id);

create sequence privacy_breach_reference_seq start with 1 increment by 1;

create table privacy_breach (
    id                     uuid not null primary key,
    version                bigint not null,
    reference_number       bigint not null unique,
    aware_at               timestamp with time zone not null,
    description            varchar(4000) not null,
    categories             varchar(1000),
    approx_people          integer,
    approx_records         integer,
    consequences           varchar(4000),
    measures               varchar(4000),
    risk                   varchar(20) not null,
    not_reportable_reason  varchar(1000),
    reported_at            timestamp with time zone,
    delay_reason           varchar(1000),
    people_informed_at     timestamp with time zone,
    closed_at              timestamp with time zone,
    status                 varchar(20) not null,
    recorded_by            varchar(100) not null,
    created_at             timestamp with time zone not null
);

create index privacy_breach_status_ix on privacy_breach (status, aware_at);
