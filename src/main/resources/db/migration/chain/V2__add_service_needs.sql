-- What a service needs from its provider's suppliers; a service that names nothing needs
-- everything its provider receives (see ServiceNeeds).
alter table service_offering add column needs_everything boolean default true not null;

create table service_need (
    service_id        uuid not null,
    needed_service_id uuid not null,
    constraint service_need_pk primary key (service_id, needed_service_id),
    constraint service_need_service_fk foreign key (service_id) references service_offering (id) on delete cascade,
    constraint service_need_needed_fk foreign key (needed_service_id) references service_offering (id)
);
