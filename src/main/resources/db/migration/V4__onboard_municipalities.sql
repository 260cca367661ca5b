-- Onboarding of municipalities, directory (Microsoft Graph) work, invitations of association editors and
-- the import of the existing catalogue. Same T-SQL subset as V1 (see SQLSERVER-AND-H2 rules).

-- The participation agreement of a municipality: its cost share is counted for the periods it overlaps.
CREATE TABLE municipality_agreement (
    municipality_code        VARCHAR(3)   NOT NULL,
    start_date               DATE         NOT NULL,
    end_date                 DATE         NOT NULL,
    coaching_target_per_year INT          NULL,
    created_at               DATETIME2(3) NOT NULL,
    updated_at               DATETIME2(3) NOT NULL,
    CONSTRAINT pk_municipality_agreement PRIMARY KEY (municipality_code),
    CONSTRAINT fk_agreement_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT ck_agreement_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_agreement_target CHECK (coaching_target_per_year IS NULL OR coaching_target_per_year >= 0)
);
CREATE INDEX ix_municipality_agreement_period ON municipality_agreement (start_date, end_date);

-- Web sites allowed to embed a municipality's listings (the embed page's CSP frame-ancestors).
-- An origin is scheme + host [+ port], lower case, without a path: https://www.nurmes.fi
CREATE TABLE municipality_website_origin (
    municipality_code VARCHAR(3)    NOT NULL,
    origin            NVARCHAR(300) NOT NULL,
    created_at        DATETIME2(3)  NOT NULL,
    CONSTRAINT pk_municipality_website_origin PRIMARY KEY (municipality_code, origin),
    CONSTRAINT fk_origin_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);

-- The coordinators named in a municipality's onboarding, numbered in the order they were first named.
CREATE TABLE onboarding_coordinator (
    municipality_code VARCHAR(3)    NOT NULL,
    seq               INT           NOT NULL,
    email             NVARCHAR(254) NOT NULL,
    email_key         NVARCHAR(254) NOT NULL,
    display_name      NVARCHAR(200) NOT NULL,
    created_at        DATETIME2(3)  NOT NULL,
    CONSTRAINT pk_onboarding_coordinator PRIMARY KEY (municipality_code, seq),
    CONSTRAINT uq_onboarding_coordinator_email UNIQUE (municipality_code, email_key),
    CONSTRAINT fk_onbcoord_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);

-- An invitation of a person to edit an organisation's listings; they become a member on first sign-in.
CREATE TABLE invitation (
    id                UNIQUEIDENTIFIER NOT NULL,
    organisation_id   UNIQUEIDENTIFIER NOT NULL,
    email             NVARCHAR(254)    NOT NULL,
    email_key         NVARCHAR(254)    NOT NULL,
    display_name      NVARCHAR(200)    NOT NULL,
    status            VARCHAR(10)      NOT NULL,
    user_tenant_id    UNIQUEIDENTIFIER NULL,
    user_oid          UNIQUEIDENTIFIER NULL,
    invited_by_oid    UNIQUEIDENTIFIER NOT NULL,
    invited_by_tenant UNIQUEIDENTIFIER NOT NULL,
    created_at        DATETIME2(3)     NOT NULL,
    updated_at        DATETIME2(3)     NOT NULL,
    accepted_at       DATETIME2(3)     NULL,
    CONSTRAINT pk_invitation PRIMARY KEY (id),
    CONSTRAINT uq_invitation_email UNIQUE (organisation_id, email_key),
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_invitation_status CHECK (status IN ('PENDING', 'INVITED', 'ACCEPTED', 'FAILED'))
);
CREATE INDEX ix_invitation_user ON invitation (user_tenant_id, user_oid, status);
CREATE INDEX ix_invitation_status ON invitation (status, updated_at);

-- Directory work in steps. A worker claims a due step with a conditional UPDATE (a lease that expires),
-- so instances can run side by side and a crashed one's step is taken over once its lease has expired.
-- A step waits until every step of its subject with a lower stage is DONE or SKIPPED.
CREATE TABLE directory_step (
    id               UNIQUEIDENTIFIER NOT NULL,
    subject_type     VARCHAR(20)      NOT NULL,
    subject_id       VARCHAR(36)      NOT NULL,
    name             VARCHAR(60)      NOT NULL,
    kind             VARCHAR(30)      NOT NULL,
    stage            INT              NOT NULL,
    argument         VARCHAR(60)      NULL,
    needs_directory  BIT              NOT NULL,
    status           VARCHAR(10)      NOT NULL,
    message_code     VARCHAR(60)      NULL,
    result           VARCHAR(100)     NULL,
    attempts         INT              NOT NULL,
    next_attempt_at  DATETIME2(3)     NOT NULL,
    lease_owner      VARCHAR(80)      NULL,
    lease_expires_at DATETIME2(3)     NULL,
    created_at       DATETIME2(3)     NOT NULL,
    updated_at       DATETIME2(3)     NOT NULL,
    CONSTRAINT pk_directory_step PRIMARY KEY (id),
    CONSTRAINT uq_directory_step_name UNIQUE (subject_type, subject_id, name),
    CONSTRAINT ck_directory_step_status CHECK (status IN ('PENDING', 'DONE', 'FAILED', 'SKIPPED'))
);
CREATE INDEX ix_directory_step_due ON directory_step (status, next_attempt_at);

-- Rows of an imported catalogue CSV, by the source system's row id: a repeated import skips them.
CREATE TABLE import_row (
    municipality_code VARCHAR(3)       NOT NULL,
    source_id         NVARCHAR(100)    NOT NULL,
    organisation_id   UNIQUEIDENTIFIER NOT NULL,
    opportunity_id    UNIQUEIDENTIFIER NOT NULL,
    imported_at       DATETIME2(3)     NOT NULL,
    CONSTRAINT pk_import_row PRIMARY KEY (municipality_code, source_id),
    CONSTRAINT fk_import_row_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT fk_import_row_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id)
);

-- The admin audit view filters by time across all records.
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at, id);
