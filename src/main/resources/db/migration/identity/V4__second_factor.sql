-- The optional second factor (TOTP, RFC 6238) with single-use recovery codes, and the security
-- settings administrators change at run time (for now: which roles must use a second factor).
create table second_factor (
    user_id         uuid not null primary key,
    secret          varchar(64) not null,
    enrolled_at     timestamp with time zone not null,
    -- The last 30-second step a code was accepted for: a code is never accepted twice.
    last_step       bigint not null,
    failures        integer default 0 not null,
    next_attempt_at timestamp with time zone,
    constraint second_factor_user_fk foreign key (user_id) references user_account (id) on delete cascade
);

create table recovery_code (
    user_id   uuid not null,
    code_hash varchar(64) not null,
    used_at   timestamp with time zone,
    primary key (user_id, code_hash),
    constraint recovery_code_user_fk foreign key (user_id) references user_account (id) on delete cascade
);

create table security_setting (
    name          varchar(80) not null primary key,
    setting_value varchar(500) not null
);
