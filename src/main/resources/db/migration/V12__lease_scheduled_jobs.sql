-- Recurring background jobs (contact retention, the idempotency clean-up, ...): one row per job, leased by
-- the instance that runs it, so that a job runs once per period across all instances, not on each.
CREATE TABLE scheduled_job (
    name          NVARCHAR(100)  NOT NULL,
    next_run_at   DATETIME2(3)   NOT NULL,
    lease_owner   NVARCHAR(100)  NULL,
    lease_until   DATETIME2(3)   NULL,
    failures      INT            NOT NULL,
    last_run_at   DATETIME2(3)   NULL,
    last_error    NVARCHAR(300)  NULL,
    CONSTRAINT pk_scheduled_job PRIMARY KEY (name)
);
