-- Reviews on evidence (PM-2): how each measure of a scorecard is weighed per kind of
-- agreement (set by managers), and figures disputed by the party scored. Portable SQL for
-- H2 and PostgreSQL.

create table review_measure_setting (
    id              uuid not null primary key,
    version         bigint not null,
    agreement_kind  varchar(40) not null,
    measure         varchar(40) not null,
    weight          integer not null,
    threshold       double precision not null,
    critical        boolean not null,
    constraint review_measure_setting_kind_measure unique (agreement_kind, measure)
);

insert into review_measure_setting (id, version, agreement_kind, measure, weight, threshold, critical) values
    ('6a0c1c1e-0000-4000-8000-000000000001', 0, 'CUSTOMER_SLA', 'COMPLIANCE', 50, 90, true),
    ('6a0c1c1e-0000-4000-8000-000000000002', 0, 'CUSTOMER_SLA', 'RESPONSIVENESS', 20, 100, false),
    ('6a0c1c1e-0000-4000-8000-000000000003', 0, 'CUSTOMER_SLA', 'ATTRIBUTED_BREACHES', 15, 3, false),
    ('6a0c1c1e-0000-4000-8000-000000000004', 0, 'CUSTOMER_SLA', 'COMPLAINTS', 15, 2, false),
    ('6a0c1c1e-0000-4000-8000-000000000011', 0, 'OLA', 'COMPLIANCE', 40, 90, true),
    ('6a0c1c1e-0000-4000-8000-000000000012', 0, 'OLA', 'RESPONSIVENESS', 20, 100, false),
    ('6a0c1c1e-0000-4000-8000-000000000013', 0, 'OLA', 'ATTRIBUTED_BREACHES', 25, 2, false),
    ('6a0c1c1e-0000-4000-8000-000000000014', 0, 'OLA', 'COMPLAINTS', 15, 1, false),
    ('6a0c1c1e-0000-4000-8000-000000000021', 0, 'UNDERPINNING_CONTRACT', 'COMPLIANCE', 40, 95, true),
    ('6a0c1c1e-0000-4000-8000-000000000022', 0, 'UNDERPINNING_CONTRACT', 'RESPONSIVENESS', 20, 100, false),
    ('6a0c1c1e-0000-4000-8000-000000000023', 0, 'UNDERPINNING_CONTRACT', 'ATTRIBUTED_BREACHES', 25, 1, false),
    ('6a0c1c1e-0000-4000-8000-000000000024', 0, 'UNDERPINNING_CONTRACT', 'COMPLAINTS', 15, 1, false);

create table review_dispute (
    id                uuid not null primary key,
    version           bigint not null,
    party_id          uuid not null,
    period_from       date not null,
    period_to         date not null,
    measure           varchar(40) not null,
    comment           varchar(2000) not null,
    raised_by         varchar(100) not null,
    raised_by_name    varchar(200) not null,
    raised_at         timestamp with time zone not null,
    answer            varchar(2000),
    answered_by_name  varchar(200),
    answered_at       timestamp with time zone
);

create index review_dispute_party on review_dispute (party_id, raised_at);
