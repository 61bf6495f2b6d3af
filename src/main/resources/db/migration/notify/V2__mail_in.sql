-- Mail in (REQ-6): every mail taken from the polled mailbox, once per Message-ID (or, for a
-- mail without one, per hash of its content). The unique key is the idempotency guard: the
-- row is written in the transaction that creates the request or appends the reply, so a
-- crash before commit leaves neither and a second instance, or a second poll of the same
-- mail, finds the row and does nothing. The content is kept while the mail may be
-- released from quarantine. Portable SQL for H2 and PostgreSQL.
create table mail_in_message (
    id            uuid not null primary key,
    version       bigint not null,
    message_key   varchar(400) not null,
    message_id    varchar(400),
    received_at   timestamp with time zone not null,
    sender        varchar(320),
    sender_name   varchar(200),
    subject       varchar(400),
    size_bytes    bigint not null,
    outcome       varchar(20) not null,
    reason        varchar(1000),
    request_id    uuid,
    reference     varchar(40),
    contact_id    uuid,
    content       bytea,
    handled_at    timestamp with time zone not null,
    handled_by    varchar(100) not null,
    constraint mail_in_message_key_uk unique (message_key)
);
create index mail_in_message_received_idx on mail_in_message (received_at);
create index mail_in_message_outcome_idx on mail_in_message (outcome, received_at);
