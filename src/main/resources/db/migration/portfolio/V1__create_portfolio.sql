-- Competence evidence portfolio (REP-3): the criteria catalogue of OCR units B9, B10, 328
-- and NOS CFACSB9 (rows kept in step with portfolio/criteria.csv at startup), each
-- practitioner's portfolio with its assessor, the evidence they chose with the criteria it
-- shows, the assessor's marks and witness testimony asked through single-use links.
-- Portable SQL for H2 and PostgreSQL.

create table portfolio_criterion (
    code       varchar(20) not null primary key,
    standard   varchar(10) not null,
    kind       varchar(30) not null,
    position   integer not null,
    text       varchar(1000) not null
);

create table portfolio (
    id              uuid not null primary key,
    version         bigint not null,
    owner_id        uuid not null,
    owner_username  varchar(100) not null,
    assessor_id     uuid,
    created_at      timestamp with time zone not null,
    constraint portfolio_owner unique (owner_id)
);

create index portfolio_assessor on portfolio (assessor_id);

create table portfolio_evidence (
    id                 uuid not null primary key,
    version            bigint not null,
    portfolio_id       uuid not null references portfolio (id),
    source_kind        varchar(30) not null,
    source_id          uuid not null,
    source_reference   varchar(60) not null,
    title              varchar(300) not null,
    occurred_at        timestamp with time zone not null,
    customer_id        uuid,
    customer_internal  boolean,
    annotation         varchar(4000) not null,
    added_at           timestamp with time zone not null,
    constraint portfolio_evidence_source unique (portfolio_id, source_kind, source_id)
);

create table portfolio_evidence_criterion (
    evidence_id     uuid not null references portfolio_evidence (id),
    criterion_code  varchar(20) not null references portfolio_criterion (code),
    primary key (evidence_id, criterion_code)
);

create table portfolio_assessment (
    id              uuid not null primary key,
    version         bigint not null,
    portfolio_id    uuid not null references portfolio (id),
    criterion_code  varchar(20) not null references portfolio_criterion (code),
    status          varchar(20) not null,
    comment         varchar(2000) not null,
    assessor        varchar(100) not null,
    assessor_name   varchar(200) not null,
    decided_at      timestamp with time zone not null,
    constraint portfolio_assessment_criterion unique (portfolio_id, criterion_code)
);

create table portfolio_witness (
    id              uuid not null primary key,
    version         bigint not null,
    evidence_id     uuid not null references portfolio_evidence (id),
    witness_name    varchar(200) not null,
    witness_role    varchar(200) not null,
    token_hash      varchar(64) not null,
    asked_at        timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    answered_at     timestamp with time zone,
    confirmed       boolean,
    statement       varchar(2000),
    constraint portfolio_witness_token unique (token_hash)
);

create index portfolio_witness_evidence on portfolio_witness (evidence_id);
