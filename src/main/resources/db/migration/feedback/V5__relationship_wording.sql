-- Relationship surveys ask partners in their own words (FB-1, PM-2): the question and the
-- open question each person was asked are kept with the invitation, so an answer is
-- always read against the words it answered. Invitations sent before this carry no
-- wording and keep showing the survey's own question, as they were asked.
-- Portable SQL for H2 and PostgreSQL.

alter table relationship_invitation add column question varchar(500);
alter table relationship_invitation add column comment_question varchar(500);
create index relationship_invitation_answered_idx on relationship_invitation (party_id, answered_at);
