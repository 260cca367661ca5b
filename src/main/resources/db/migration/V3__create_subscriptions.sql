-- Power Automate webhook triggers and their outgoing deliveries. Written in the subset of T-SQL that
-- H2's MSSQLServer mode also accepts (SQLSERVER-AND-H2 rules); times are set from Java in UTC.

-- Who asked to be told about which listing events, and where to post them. The callback URL carries
-- the flow's signature: it is never shown back through the API, only its host.
CREATE TABLE webhook_subscription (
    id                   UNIQUEIDENTIFIER NOT NULL,
    version              BIGINT           NOT NULL,
    event                VARCHAR(40)      NOT NULL,
    callback_url         NVARCHAR(2000)   NOT NULL,
    callback_host        NVARCHAR(255)    NOT NULL,
    municipality_code    VARCHAR(3)       NULL,
    type                 VARCHAR(40)      NULL,
    owner_tenant_id      UNIQUEIDENTIFIER NOT NULL,
    owner_oid            UNIQUEIDENTIFIER NOT NULL,
    owner_name           NVARCHAR(200)    NULL,
    status               VARCHAR(12)      NOT NULL,
    consecutive_failures INT              NOT NULL,
    last_error           NVARCHAR(300)    NULL,
    created_at           DATETIME2(3)     NOT NULL,
    disabled_at          DATETIME2(3)     NULL,
    CONSTRAINT pk_webhook_subscription PRIMARY KEY (id),
    CONSTRAINT fk_subscription_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT ck_subscription_event CHECK (event IN ('OPPORTUNITY_PUBLISHED', 'OPPORTUNITY_CHANGED')),
    CONSTRAINT ck_subscription_status CHECK (status IN ('ACTIVE', 'DISABLED')),
    CONSTRAINT ck_subscription_failures CHECK (consecutive_failures >= 0)
);
CREATE INDEX ix_webhook_subscription_event ON webhook_subscription (event, status);
CREATE INDEX ix_webhook_subscription_owner ON webhook_subscription (owner_tenant_id, owner_oid, created_at);

-- One notification to one subscription: enqueued in the transaction of the listing change, claimed by
-- a worker with a conditional UPDATE (a lease that expires), retried with backoff until delivered.
CREATE TABLE webhook_delivery (
    id               BIGINT IDENTITY(1, 1) NOT NULL,
    delivery_key     UNIQUEIDENTIFIER NOT NULL,
    subscription_id  UNIQUEIDENTIFIER NOT NULL,
    payload          NVARCHAR(MAX)    NOT NULL,
    status           VARCHAR(12)      NOT NULL,
    attempts         INT              NOT NULL,
    due_at           DATETIME2(3)     NOT NULL,
    lease_owner      VARCHAR(64)      NULL,
    lease_until      DATETIME2(3)     NULL,
    last_status_code INT              NULL,
    last_error       NVARCHAR(300)    NULL,
    created_at       DATETIME2(3)     NOT NULL,
    finished_at      DATETIME2(3)     NULL,
    CONSTRAINT pk_webhook_delivery PRIMARY KEY (id),
    CONSTRAINT uq_webhook_delivery_key UNIQUE (delivery_key),
    CONSTRAINT fk_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id),
    CONSTRAINT ck_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED'))
);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, due_at, id);
CREATE INDEX ix_webhook_delivery_subscription ON webhook_delivery (subscription_id, status);
CREATE INDEX ix_webhook_delivery_finished ON webhook_delivery (finished_at);
