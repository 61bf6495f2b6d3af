-- What the customer wrote about a complaint after making it (CMP-1): a reply by mail that
-- mail in matched to the complaint. The complaint's own words stay in complaint.description;
-- these are appended, never changed except by erasure of personal data (the author and the
-- text are pseudonymised). Portable SQL for H2 and PostgreSQL.
create table complaint_message (
    id            uuid not null primary key,
    complaint_id  uuid not null,
    contact_id    uuid,
    author        varchar(200) not null,
    body          varchar(20000) not null,
    channel       varchar(20) not null,
    written_at    timestamp with time zone not null,
    recorded_by   varchar(100) not null,
    constraint complaint_message_complaint_fk foreign key (complaint_id) references complaint (id)
);

create index complaint_message_complaint on complaint_message (complaint_id, written_at);
