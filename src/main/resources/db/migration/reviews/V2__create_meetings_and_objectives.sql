-- Review meetings, 1:1s and SMART objectives (PM-1, PM-3, PM-4). A series is a standing
-- review with a partner party or a 1:1 between a manager and a person; each meeting
-- carries its agenda (generated from the data, then edited), minutes and decisions;
-- actions belong to the series so that open ones are carried forward until done.
-- Objectives bind a measure to a live metric. Portable SQL for H2 and PostgreSQL.

create table review_meeting_series (
    id                uuid not null primary key,
    version           bigint not null,
    kind              varchar(20) not null,
    title             varchar(200) not null,
    cadence           varchar(20) not null,
    party_id          uuid,
    person_username   varchar(100),
    manager_username  varchar(100),
    created_by_name   varchar(200) not null,
    created_at        timestamp with time zone not null
);

create index review_meeting_series_party on review_meeting_series (party_id);

create table review_meeting (
    id                uuid not null primary key,
    version           bigint not null,
    series_id         uuid not null references review_meeting_series (id),
    kind              varchar(20) not null,
    party_id          uuid,
    person_username   varchar(100),
    manager_username  varchar(100),
    held_on           date not null,
    period_from       date not null,
    period_to         date not null,
    status            varchar(20) not null,
    agenda            varchar(8000) not null,
    minutes           varchar(8000) not null,
    decisions         varchar(4000) not null,
    created_at        timestamp with time zone not null
);

create index review_meeting_series_held on review_meeting (series_id, held_on);
create index review_meeting_party on review_meeting (party_id, held_on);

create table review_meeting_action (
    id                uuid not null primary key,
    version           bigint not null,
    series_id         uuid not null references review_meeting_series (id),
    meeting_id        uuid not null references review_meeting (id),
    description       varchar(1000) not null,
    owner_name        varchar(200) not null,
    partner_owned     boolean not null,
    due_on            date not null,
    status            varchar(20) not null,
    note              varchar(2000),
    updated_by_name   varchar(200),
    updated_at        timestamp with time zone,
    done_on           date,
    created_at        timestamp with time zone not null
);

create index review_meeting_action_series on review_meeting_action (series_id, status);

create table review_meeting_comment (
    id                uuid not null primary key,
    version           bigint not null,
    meeting_id        uuid not null references review_meeting (id),
    author_name       varchar(200) not null,
    author_side       varchar(200) not null,
    body              varchar(4000) not null,
    created_at        timestamp with time zone not null
);

create index review_meeting_comment_meeting on review_meeting_comment (meeting_id, created_at);

create table review_objective (
    id                uuid not null primary key,
    version           bigint not null,
    subject           varchar(20) not null,
    person_username   varchar(100),
    party_id          uuid,
    specific_text     varchar(1000) not null,
    metric            varchar(40) not null,
    baseline          double precision not null,
    target            double precision not null,
    starts_on         date not null,
    deadline          date not null,
    service_id        uuid,
    achievable_by     varchar(200) not null,
    created_by_name   varchar(200) not null,
    created_at        timestamp with time zone not null
);

create index review_objective_person on review_objective (person_username);
create index review_objective_party on review_objective (party_id);
