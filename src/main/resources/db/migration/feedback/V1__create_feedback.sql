-- Feedback that closes the loop (FB-1 … FB-5): surveys designed by managers and the rule
-- that sends them, invitations with the hash of their single-use token and the answer,
-- customers who unsubscribed, spontaneous comments, decisions on themes and theme alerts.
-- Portable SQL for H2 and PostgreSQL.

create table feedback_survey (
    id                 uuid not null primary key,
    version            bigint not null,
    name               varchar(200) not null,
    kind               varchar(10) not null,
    question           varchar(500) not null,
    comment_question   varchar(500) not null,
    service_id         uuid,
    requester_scope    varchar(20) not null,
    sampling_percent   integer not null,
    quiet_days         integer not null,
    valid_days         integer not null,
    active             boolean not null,
    created_at         timestamp with time zone not null,
    created_by         varchar(100) not null
);

create table survey_invitation (
    id                 uuid not null primary key,
    version            bigint not null,
    survey_id          uuid not null references feedback_survey (id),
    token_hash         varchar(64) not null unique,
    request_id         uuid not null,
    request_reference  varchar(40) not null,
    customer_id        uuid not null,
    customer_internal  boolean not null,
    service_id         uuid not null,
    team_id            uuid not null,
    parties            varchar(2000) not null,
    invited_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    answered_at        timestamp with time zone,
    score              integer,
    comment            varchar(4000),
    sentiment          double precision
);
create index survey_invitation_customer_idx on survey_invitation (customer_id, invited_at);
create index survey_invitation_request_idx on survey_invitation (request_id);
create index survey_invitation_answered_idx on survey_invitation (answered_at);

create table survey_opt_out (
    customer_id        uuid not null primary key,
    opted_out_at       timestamp with time zone not null
);

create table feedback_comment (
    id                 uuid not null primary key,
    version            bigint not null,
    kind               varchar(20) not null,
    channel            varchar(20) not null,
    customer_id        uuid,
    service_id         uuid,
    party_id           uuid,
    text               varchar(4000) not null,
    sentiment          double precision not null,
    recorded_by        varchar(100) not null,
    recorded_at        timestamp with time zone not null
);
create index feedback_comment_recorded_idx on feedback_comment (recorded_at);

create table feedback_theme_alert (
    id                 uuid not null primary key,
    version            bigint not null,
    theme              varchar(200) not null,
    label              varchar(200) not null,
    mentions           integer not null,
    customers          integer not null,
    window_days        integer not null,
    party_id           uuid,
    examples           varchar(4000) not null,
    recipients         varchar(1000) not null,
    raised_at          timestamp with time zone not null,
    acknowledged_by    varchar(100),
    acknowledged_at    timestamp with time zone,
    decision_id        uuid
);
create index feedback_theme_alert_theme_idx on feedback_theme_alert (theme);

create table feedback_theme_decision (
    id                 uuid not null primary key,
    version            bigint not null,
    theme              varchar(200) not null,
    decision           varchar(20) not null,
    reason             varchar(2000) not null,
    decided_by         varchar(100) not null,
    decided_at         timestamp with time zone not null,
    alert_id           uuid references feedback_theme_alert (id)
);
create index feedback_theme_decision_theme_idx on feedback_theme_decision (theme);
