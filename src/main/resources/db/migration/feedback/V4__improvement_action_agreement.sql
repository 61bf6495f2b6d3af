-- An improvement action measured by an agreement's clock compliance (FB-6): which agreement.
alter table improvement_action add column agreement_id uuid;
