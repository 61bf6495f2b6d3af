-- Relationship surveys (FB-1, PM-2): a manager asks the people of a party of the chain
-- (a partner, a supplier, an internal team) how they rate us, one invitation per person.
-- Kept apart from survey_invitation, whose answers score requests, services, teams and
-- partners: these score us, so they must never count towards a party's scorecard.
-- Portable SQL for H2 and PostgreSQL.

create table relationship_invitation (
    id                 uuid not null primary key,
    version            bigint not null,
    survey_id          uuid not null references feedback_survey (id),
    party_id           uuid not null,
    recipient          varchar(100) not null,
    sent_by            varchar(100) not null,
    invited_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    answered_at        timestamp with time zone,
    score              integer,
    comment            varchar(4000),
    sentiment          double precision
);
create index relationship_invitation_party_idx on relationship_invitation (party_id, invited_at);
create index relationship_invitation_recipient_idx on relationship_invitation (recipient);
