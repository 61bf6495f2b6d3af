-- Files a mail of the outbox carries (a scheduled report's PDF and CSV, REP-2), written
-- in the transaction that wrote the mail and sent with it. Portable SQL for H2 and
-- PostgreSQL.
create table outbox_attachment (
    id            uuid not null primary key,
    message_id    uuid not null references outbox_message (id),
    position      integer not null,
    file_name     varchar(200) not null,
    content_type  varchar(100) not null,
    content       bytea not null
);

create index outbox_attachment_message on outbox_attachment (message_id, position);
