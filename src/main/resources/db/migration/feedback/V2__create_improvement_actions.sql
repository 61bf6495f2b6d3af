-- Improvement actions (FB-6): a SMART target on a metric read from live data, with the
-- baseline measured when the action started. Portable SQL for H2 and PostgreSQL.

create table improvement_action (
    id            uuid not null primary key,
    version       bigint not null,
    title         varchar(200) not null,
    owner         varchar(100) not null,
    metric        varchar(20) not null,
    survey_id     uuid references feedback_survey (id),
    service_id    uuid,
    theme         varchar(200),
    baseline      double precision,
    target        double precision not null,
    deadline      date not null,
    status        varchar(20) not null,
    started_at    timestamp with time zone not null,
    started_by    varchar(100) not null,
    alert_id      uuid references feedback_theme_alert (id),
    links         varchar(2000)
);
create index improvement_action_started_idx on improvement_action (started_at);
