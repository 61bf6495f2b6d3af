-- The language a person reads mails in (their mail templates); without a row, the
-- organisation's default (servicechain.notify.language).
create table notify_person_language (
    username    varchar(100) not null primary key,
    language    varchar(10) not null,
    changed_at  timestamp with time zone not null
);
