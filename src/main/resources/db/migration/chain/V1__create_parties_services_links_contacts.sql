create table party (
    id                   uuid not null primary key,
    version              bigint not null,
    name                 varchar(120) not null,
    name_key             varchar(120) not null,
    kind                 varchar(20) not null,
    internal             boolean not null,
    customer_type        varchar(20),
    description          varchar(2000),
    partner_status       varchar(20),
    partner_status_since date,
    created_at           timestamp with time zone not null,
    constraint party_name_key_uk unique (name_key)
);
create index party_kind_idx on party (kind);

create table party_information_source (
    party_id uuid not null,
    position integer not null,
    label    varchar(80) not null,
    url      varchar(500) not null,
    constraint party_information_source_pk primary key (party_id, position),
    constraint party_information_source_party_fk foreign key (party_id) references party (id) on delete cascade
);

create table service_offering (
    id          uuid not null primary key,
    version     bigint not null,
    name        varchar(120) not null,
    name_key    varchar(120) not null,
    description varchar(2000),
    created_at  timestamp with time zone not null,
    constraint service_offering_name_key_uk unique (name_key)
);

create table link (
    id                uuid not null primary key,
    version           bigint not null,
    service_id        uuid not null,
    provider_party_id uuid not null,
    consumer_party_id uuid not null,
    description       varchar(2000),
    created_at        timestamp with time zone not null,
    constraint link_service_fk foreign key (service_id) references service_offering (id),
    constraint link_provider_fk foreign key (provider_party_id) references party (id),
    constraint link_consumer_fk foreign key (consumer_party_id) references party (id),
    constraint link_uk unique (service_id, provider_party_id, consumer_party_id),
    constraint link_not_to_itself_ck check (provider_party_id <> consumer_party_id)
);
create index link_provider_idx on link (provider_party_id);
create index link_consumer_idx on link (consumer_party_id);

create table contact (
    id                    uuid not null primary key,
    version               bigint not null,
    party_id              uuid not null,
    name                  varchar(120) not null,
    job_role              varchar(120),
    email                 varchar(200),
    phone                 varchar(40),
    preferred_channel     varchar(20),
    communication_style   varchar(500),
    availability          varchar(500),
    can_approve_spend     boolean not null,
    spend_limit           numeric(15, 2),
    can_set_priorities    boolean not null,
    can_sign_agreements   boolean not null,
    escalation_level      integer,
    reports_to_contact_id uuid,
    constraint contact_party_fk foreign key (party_id) references party (id),
    constraint contact_reports_to_fk foreign key (reports_to_contact_id) references contact (id)
);
create index contact_party_idx on contact (party_id);

create table contact_influence (
    contact_id            uuid not null,
    position              integer not null,
    influences_contact_id uuid not null,
    note                  varchar(300),
    constraint contact_influence_pk primary key (contact_id, position),
    constraint contact_influence_contact_fk foreign key (contact_id) references contact (id) on delete cascade,
    constraint contact_influence_target_fk foreign key (influences_contact_id) references contact (id)
);

create table relationship_entry (
    id          uuid not null primary key,
    party_id    uuid not null,
    occurred_on date not null,
    kind        varchar(20) not null,
    summary     varchar(2000) not null,
    recorded_by varchar(60) not null,
    recorded_at timestamp with time zone not null,
    constraint relationship_entry_party_fk foreign key (party_id) references party (id)
);
create index relationship_entry_party_idx on relationship_entry (party_id, occurred_on);
