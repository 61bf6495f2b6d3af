-- The knowledge base (REC-3; B10 3.3, 4.1): articles (procedures, known solutions,
-- contingency procedures) in Markdown, each edit kept as a numbered version, and the
-- links staff make from a request to the article that solved it. Portable SQL for H2 and
-- PostgreSQL; other modules' records (requests, services) are referred to by id only.
create table knowledge_article (
    id             uuid not null primary key,
    version        bigint not null,
    title          varchar(200) not null,
    body           varchar(20000) not null,
    kind           varchar(30) not null,
    audience       varchar(20) not null,
    owner          varchar(100) not null,
    owner_name     varchar(200) not null,
    review_on      date not null,
    service_id     uuid,
    service_name   varchar(300),
    current_number integer not null,
    link_count     integer not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);
create index knowledge_article_list_idx on knowledge_article (audience, kind, review_on);

-- Every version as it was saved, the first one included.
create table knowledge_article_version (
    article_id     uuid not null references knowledge_article (id),
    number         integer not null,
    title          varchar(200) not null,
    body           varchar(20000) not null,
    kind           varchar(30) not null,
    audience       varchar(20) not null,
    owner_name     varchar(200) not null,
    review_on      date not null,
    service_name   varchar(300),
    edited_by      varchar(100) not null,
    edited_by_name varchar(200) not null,
    edited_at      timestamp with time zone not null,
    constraint knowledge_article_version_pk primary key (article_id, number)
);

-- An article linked to the request it helped with: once per request.
create table knowledge_link (
    article_id     uuid not null references knowledge_article (id),
    request_id     uuid not null,
    request_ref    varchar(40) not null,
    linked_by      varchar(100) not null,
    linked_by_name varchar(200) not null,
    linked_at      timestamp with time zone not null,
    constraint knowledge_link_pk primary key (article_id, request_id)
);
create index knowledge_link_request_idx on knowledge_link (request_id);
