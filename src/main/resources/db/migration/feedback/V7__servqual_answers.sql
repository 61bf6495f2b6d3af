-- SERVQUAL surveys (FB-1, FB-3): an answer is, for each RATER dimension, the expectation
-- and the perception on 1–7, kept with the invitation as
-- "RELIABILITY:6:5 ASSURANCE:6:6 TANGIBLES:5:5 EMPATHY:6:4 RESPONSIVENESS:7:4"
-- (dimension:expectation:perception). The invitation's score holds the sum of the five
-- gaps (perception − expectation), so trends, reports and improvement actions read it as
-- they read any score. Other kinds leave the column empty.
-- Portable SQL for H2 and PostgreSQL.
alter table survey_invitation add column servqual varchar(200);
