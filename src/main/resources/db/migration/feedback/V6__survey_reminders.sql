-- A survey not answered after servicechain.feedback.survey-reminder-after (3 days by
-- default) is sent once more (FB-1): when that was done, so it is done once.
-- Portable SQL for H2 and PostgreSQL.
alter table survey_invitation add column reminded_at timestamp with time zone;
create index survey_invitation_unanswered_idx on survey_invitation (answered_at, reminded_at, invited_at);
