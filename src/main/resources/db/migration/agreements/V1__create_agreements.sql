create table agreement (
    id                  uuid not null primary key,
    version             bigint not null,
    reference_number    integer not null,
    title               varchar(160) not null,
    kind                varchar(30) not null,
    formality           varchar(20) not null,
    provider_party_id   uuid not null,
    consumer_party_id   uuid not null,
    calendar_id         uuid not null,
    status              varchar(20) not null,
    valid_from          date,
    valid_until         date,
    review_on           date,
    review_reminded_for date,
    signed_document     varchar(500),
    owner               varchar(60) not null,
    current_number      integer not null,
    agreed_number       integer,
    created_at          timestamp with time zone not null,
    constraint agreement_reference_uk unique (reference_number),
    constraint agreement_provider_fk foreign key (provider_party_id) references party (id),
    constraint agreement_consumer_fk foreign key (consumer_party_id) references party (id)
);
create index agreement_status_idx on agreement (status);

create table agreement_service (
    agreement_id uuid not null,
    service_id   uuid not null,
    constraint agreement_service_pk primary key (agreement_id, service_id),
    constraint agreement_service_agreement_fk foreign key (agreement_id) references agreement (id) on delete cascade,
    constraint agreement_service_service_fk foreign key (service_id) references service_offering (id)
);

create table agreement_terms (
    id           uuid not null primary key,
    agreement_id uuid not null,
    number       integer not null,
    terms_json   varchar(100000) not null,
    proposed_by  varchar(20),
    author       varchar(60) not null,
    note         varchar(1000),
    created_at   timestamp with time zone not null,
    constraint agreement_terms_uk unique (agreement_id, number),
    constraint agreement_terms_agreement_fk foreign key (agreement_id) references agreement (id) on delete cascade
);

create table agreement_acceptance (
    id           uuid not null primary key,
    agreement_id uuid not null,
    terms_number integer not null,
    side         varchar(20) not null,
    contact_id   uuid not null,
    contact_name varchar(120) not null,
    accepted_at  timestamp with time zone not null,
    recorded_by  varchar(60) not null,
    constraint agreement_acceptance_uk unique (agreement_id, terms_number, side),
    constraint agreement_acceptance_agreement_fk foreign key (agreement_id) references agreement (id) on delete cascade
);

create table agreement_comment (
    id           uuid not null primary key,
    agreement_id uuid not null,
    author       varchar(60) not null,
    author_party varchar(120),
    text         varchar(4000) not null,
    created_at   timestamp with time zone not null,
    constraint agreement_comment_agreement_fk foreign key (agreement_id) references agreement (id) on delete cascade
);

create table agreement_reminder (
    id           uuid not null primary key,
    agreement_id uuid not null,
    owner        varchar(60) not null,
    message      varchar(500) not null,
    review_on    date not null,
    created_at   timestamp with time zone not null,
    dismissed_at timestamp with time zone,
    constraint agreement_reminder_agreement_fk foreign key (agreement_id) references agreement (id) on delete cascade
);
create index agreement_reminder_owner_idx on agreement_reminder (owner, dismissed_at);

