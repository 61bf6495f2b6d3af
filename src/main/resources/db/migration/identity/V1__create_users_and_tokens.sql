create table user_account (
    id            uuid not null primary key,
    version       bigint not null,
    username      varchar(60) not null,
    display_name  varchar(120) not null,
    email         varchar(200),
    password_hash varchar(200) not null,
    role          varchar(20) not null,
    party_id      uuid,
    enabled       boolean not null,
    created_at    timestamp with time zone not null,
    constraint user_account_username_uk unique (username)
);

create table api_token (
    id           uuid not null primary key,
    version      bigint not null,
    user_id      uuid not null,
    name         varchar(80) not null,
    token_hash   varchar(64) not null,
    token_prefix varchar(12) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint api_token_hash_uk unique (token_hash),
    constraint api_token_user_fk foreign key (user_id) references user_account (id)
);

create table login_throttle (
    username        varchar(100) not null primary key,
    failures        integer not null,
    last_failure_at timestamp with time zone,
    locked_until    timestamp with time zone
);
