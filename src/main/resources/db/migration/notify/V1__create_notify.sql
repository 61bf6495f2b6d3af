-- Keeping people informed (REQ-6, INT-3): what happened (written in the transaction of the
-- change that caused it), the in-app notifications and preferences it turns into, and the
-- outbox through which every mail and webhook leaves after commit. Portable SQL for H2 and
-- PostgreSQL. Other modules' records are referred to by id only.

-- Facts other modules announced, kept in their transaction; turned into notifications and
-- outbox messages after commit, once across all instances.
create table notify_happening (
    id           uuid not null primary key,
    source       varchar(20) not null,
    kind         varchar(40) not null,
    subject_id   uuid not null,
    reference    varchar(40) not null,
    title        varchar(300),
    task_id      uuid,
    actor        varchar(100) not null,
    detail       varchar(1000),
    occurred_at  timestamp with time zone not null,
    created_at   timestamp with time zone not null,
    processed_at timestamp with time zone,
    attempts     integer not null,
    last_error   varchar(1000)
);
create index notify_happening_pending_idx on notify_happening (processed_at, created_at);

create table notification (
    id          uuid not null primary key,
    version     bigint not null,
    recipient   varchar(100) not null,
    event       varchar(40) not null,
    subject_id  uuid not null,
    reference   varchar(40) not null,
    title       varchar(300) not null,
    body        varchar(1000),
    link        varchar(300) not null,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone,
    happening_id uuid not null,
    constraint notification_once_uk unique (happening_id, recipient)
);
create index notification_recipient_idx on notification (recipient, read_at, created_at);

create table notification_preference (
    username varchar(100) not null,
    event    varchar(40) not null,
    channel  varchar(10) not null,
    constraint notification_preference_pk primary key (username, event)
);

-- Every mail and webhook delivery. Claimed with SELECT ... FOR UPDATE SKIP LOCKED by one
-- instance at a time; retried with back-off; the mail log administrators read.
create table outbox_message (
    id              uuid not null primary key,
    version         bigint not null,
    kind            varchar(10) not null,
    happening_id    uuid,
    event           varchar(40) not null,
    reference       varchar(40),
    recipient       varchar(320) not null,
    recipient_user  varchar(100),
    subscription_id uuid,
    subject         varchar(400),
    text_body       varchar(20000),
    html_body       varchar(40000),
    payload         varchar(20000),
    message_id      varchar(200),
    in_reply_to     varchar(200),
    status          varchar(12) not null,
    attempts        integer not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(1000),
    last_status     integer,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    sent_by         varchar(100)
);
create index outbox_message_due_idx on outbox_message (status, next_attempt_at);
create index outbox_message_reference_idx on outbox_message (reference, recipient);
create index outbox_message_subscription_idx on outbox_message (subscription_id, created_at);

-- Mail templates administrators changed; the defaults come from the classpath.
create table mail_template (
    event      varchar(40) not null,
    language   varchar(10) not null,
    version    bigint not null,
    subject    varchar(400) not null,
    text_body  varchar(20000) not null,
    html_body  varchar(40000) not null,
    updated_by varchar(100) not null,
    updated_at timestamp with time zone not null,
    constraint mail_template_pk primary key (event, language)
);

create table webhook_subscription (
    id          uuid not null primary key,
    version     bigint not null,
    url         varchar(2000) not null,
    secret      varchar(200) not null,
    events      varchar(2000) not null,
    description varchar(300),
    active      boolean not null,
    created_at  timestamp with time zone not null
);

-- Hosts an administrator allowed as webhook targets although they resolve inside the network.
create table webhook_allowed_host (
    host       varchar(253) not null primary key,
    allowed_by varchar(100) not null,
    allowed_at timestamp with time zone not null
);
