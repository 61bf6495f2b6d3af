-- An Idempotency-Key stands for one request: the fingerprint (SHA-256, hex) of the request
-- it was first used for. Records are purged after a retention period, by creation time.
alter table idempotency_record add column request_fingerprint varchar(64);
create index idempotency_record_by_time_idx on idempotency_record (created_at);
