-- Two more measures on every scorecard (PM-2): the CSAT of the requests a party worked on
-- (a floor, in % satisfied) and the overdue improvement actions its people own (a
-- ceiling). Both weigh in like the others; neither is critical until a manager says so.

insert into review_measure_setting (id, version, agreement_kind, measure, weight, threshold, critical) values
    ('6a0c1c1e-0000-4000-8000-000000000005', 0, 'CUSTOMER_SLA', 'CSAT', 15, 80, false),
    ('6a0c1c1e-0000-4000-8000-000000000006', 0, 'CUSTOMER_SLA', 'IMPROVEMENT_ACTIONS', 10, 0, false),
    ('6a0c1c1e-0000-4000-8000-000000000015', 0, 'OLA', 'CSAT', 10, 80, false),
    ('6a0c1c1e-0000-4000-8000-000000000016', 0, 'OLA', 'IMPROVEMENT_ACTIONS', 10, 0, false),
    ('6a0c1c1e-0000-4000-8000-000000000025', 0, 'UNDERPINNING_CONTRACT', 'CSAT', 10, 75, false),
    ('6a0c1c1e-0000-4000-8000-000000000026', 0, 'UNDERPINNING_CONTRACT', 'IMPROVEMENT_ACTIONS', 10, 0, false);
