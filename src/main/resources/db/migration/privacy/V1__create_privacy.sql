-- What Servicechain records about a person for UK GDPR and the Equality Act 2010 (issue 11):
-- the lawful basis and consent, communication needs and reasonable adjustments, and whether
-- the person's data was erased (pseudonymised). One row per data subject: a contact, or a
-- customer who is a person.
create table privacy_person (
    subject_kind        varchar(10) not null,
    subject_id          uuid not null,
    version             bigint not null,
    lawful_basis        varchar(30),
    basis_note          varchar(1000),
    consent_given_on    date,
    consent_source      varchar(200),
    consent_withdrawn_on date,
    communication_needs varchar(1000),
    adjustments         varchar(1000),
    contact_times       varchar(200),
    pseudonym           varchar(40),
    erased_at           timestamp with time zone,
    constraint privacy_person_pk primary key (subject_id)
);

-- How long each kind of record keeps personal data before the retention job anonymises it.
create table privacy_retention_rule (
    record_kind varchar(40) not null primary key,
    months      integer not null,
    enabled     boolean not null,
    version     bigint not null
);
