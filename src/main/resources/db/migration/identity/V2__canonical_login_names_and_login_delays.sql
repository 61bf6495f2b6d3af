-- Login names have one canonical form: lower case (new names are ASCII letters, digits and
-- . _ @ -). Lookups compare exactly, never with the database's UPPER(), which folds look-alike
-- characters (long s, dotless i) into ASCII ones.
update user_account set username = lower(username);

-- The hard 15-minute lock per typed name is replaced by growing delays per account and per
-- client address (see LoginThrottle).
drop table login_throttle;

create table login_attempts (
    throttle_key     varchar(150) not null primary key,
    failures         integer not null,
    last_failure_at  timestamp with time zone not null,
    next_attempt_at  timestamp with time zone
);
