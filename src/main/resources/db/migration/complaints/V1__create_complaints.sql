-- Complaints handled by procedure (CMP-1 … CMP-4): the complaints policy in versions that
-- are never changed, the complaint with its five steps, its append-only history (the step
-- clocks are derived from it), referrals, and what the sweep has acted on. Portable SQL
-- for H2 and PostgreSQL.

create sequence complaint_reference_seq start with 101 increment by 1;

create table complaint_policy (
    id                     uuid not null primary key,
    number                 integer not null unique,
    calendar_id            uuid not null,
    acknowledge_seconds    bigint not null,
    apologise_seconds      bigint not null,
    analyse_seconds        bigint not null,
    act_seconds            bigint not null,
    assure_seconds         bigint not null,
    warning_percent        integer not null,
    follow_up_days         integer not null,
    discretion_limit       numeric(12, 2) not null,
    senior_threshold       numeric(12, 2),
    senior_level           integer,
    ombudsman_name         varchar(200) not null,
    ombudsman_months       integer not null,
    acknowledge_template   varchar(4000) not null,
    created_at             timestamp with time zone not null,
    created_by             varchar(100) not null
);

create table complaint (
    id                         uuid not null primary key,
    version                    bigint not null,
    reference_number           bigint not null unique,
    policy_id                  uuid not null,
    complainant_party_id       uuid not null,
    complainant_internal       boolean not null,
    complainant_person         boolean not null,
    contact_name               varchar(200),
    contact_email              varchar(200),
    contact_phone              varchar(60),
    communication_needs        varchar(500),
    request_id                 uuid,
    service_id                 uuid,
    responsible_party_id       uuid,
    category                   varchar(80) not null,
    severity                   varchar(20) not null,
    wants                      varchar(20) not null,
    wanted_remedy              varchar(30),
    goods_delivered_on         date,
    summary                    varchar(200) not null,
    description                varchar(8000) not null,
    channel                    varchar(20) not null,
    raised_by                  varchar(100) not null,
    owner                      varchar(100),
    status                     varchar(30) not null,
    received_at                timestamp with time zone not null,
    acknowledged_at            timestamp with time zone,
    acknowledged_by            varchar(100),
    acknowledgement            varchar(4000),
    apologised_at              timestamp with time zone,
    apologised_by              varchar(100),
    apology                    varchar(4000),
    analysed_at                timestamp with time zone,
    analysed_by                varchar(100),
    root_cause                 varchar(4000),
    cause_category             varchar(80),
    evidence                   varchar(4000),
    acted_at                   timestamp with time zone,
    acted_by                   varchar(100),
    remedy                     varchar(30),
    remedy_value               numeric(12, 2),
    remedy_description         varchar(4000),
    actions_raised             varchar(4000),
    approver_contact_id        uuid,
    customer_response          varchar(20),
    customer_responded_at      timestamp with time zone,
    customer_comment           varchar(4000),
    assured_at                 timestamp with time zone,
    assured_by                 varchar(100),
    assurance                  varchar(4000),
    follow_up_on               date,
    followed_up_at             timestamp with time zone,
    referred_out_at            timestamp with time zone,
    refer_out_deadline         date,
    closed_at                  timestamp with time zone,
    next_due_at                timestamp with time zone,
    referral_count             integer not null,
    constraint complaint_policy_fk foreign key (policy_id) references complaint_policy (id)
);

create index complaint_next_due on complaint (next_due_at);
create index complaint_complainant on complaint (complainant_party_id, received_at);
create index complaint_status on complaint (status, received_at);

-- The complaint's history: append-only, ordered; each step's clock is derived from it.
create table complaint_event (
    id            uuid not null primary key,
    complaint_id  uuid not null,
    position      integer not null,
    occurred_at   timestamp with time zone not null,
    actor         varchar(100) not null,
    kind          varchar(30) not null,
    step          varchar(20),
    due_at        timestamp with time zone,
    detail        varchar(4000),
    constraint complaint_event_complaint_fk foreign key (complaint_id) references complaint (id),
    constraint complaint_event_position unique (complaint_id, position)
);

create table complaint_referral (
    id                   uuid not null primary key,
    complaint_id         uuid not null,
    referred_at          timestamp with time zone not null,
    referred_by          varchar(100) not null,
    target               varchar(20) not null,
    party_id             uuid,
    manager              varchar(100),
    step                 varchar(20),
    reason               varchar(2000) not null,
    new_due_at           timestamp with time zone,
    customer_deadline    date,
    share_personal_data  boolean not null,
    constraint complaint_referral_complaint_fk foreign key (complaint_id) references complaint (id)
);

create index complaint_referral_party on complaint_referral (party_id);

-- What the sweep has done, once per complaint, step, cycle and action.
create table complaint_action (
    complaint_id uuid not null,
    step         varchar(20) not null,
    cycle        integer not null,
    action       varchar(30) not null,
    acted_at     timestamp with time zone not null,
    primary key (complaint_id, step, cycle, action)
);
