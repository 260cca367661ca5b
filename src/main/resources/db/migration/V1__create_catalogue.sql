-- Tarjotin catalogue schema. Written in the subset of T-SQL that H2's MSSQLServer mode also accepts
-- (see SQLSERVER-AND-H2 rules): no filtered indexes, no INCLUDE, no database time functions,
-- normalised search columns maintained by the application.

CREATE TABLE municipality (
    code            VARCHAR(3)     NOT NULL,
    name_fi         NVARCHAR(100)  NOT NULL,
    name_sv         NVARCHAR(100)  NULL,
    name_en         NVARCHAR(100)  NULL,
    region_code     VARCHAR(2)     NOT NULL,
    region_name_fi  NVARCHAR(100)  NULL,
    population      INT            NOT NULL,
    active          BIT            NOT NULL,
    entra_tenant_id UNIQUEIDENTIFIER NULL,
    version         BIGINT         NOT NULL,
    created_at      DATETIME2(3)   NOT NULL,
    updated_at      DATETIME2(3)   NOT NULL,
    CONSTRAINT pk_municipality PRIMARY KEY (code),
    CONSTRAINT ck_municipality_population CHECK (population >= 0)
);
CREATE INDEX ix_municipality_entra_tenant ON municipality (entra_tenant_id);

CREATE TABLE code_item (
    list_name  VARCHAR(40)    NOT NULL,
    code       VARCHAR(40)    NOT NULL,
    label_fi   NVARCHAR(200)  NOT NULL,
    label_sv   NVARCHAR(200)  NOT NULL,
    label_en   NVARCHAR(200)  NOT NULL,
    sort_order INT            NOT NULL,
    CONSTRAINT pk_code_item PRIMARY KEY (list_name, code)
);

CREATE TABLE organisation (
    id                          UNIQUEIDENTIFIER NOT NULL,
    version                     BIGINT          NOT NULL,
    name                        NVARCHAR(200)   NOT NULL,
    name_search                 NVARCHAR(200)   NOT NULL,
    kind                        VARCHAR(30)     NOT NULL,
    business_id                 VARCHAR(9)      NULL,
    association_register_number VARCHAR(20)     NULL,
    description_fi              NVARCHAR(2000)  NULL,
    description_sv              NVARCHAR(2000)  NULL,
    description_en              NVARCHAR(2000)  NULL,
    contact_email               NVARCHAR(254)   NULL,
    contact_phone               NVARCHAR(40)    NULL,
    website                     NVARCHAR(500)   NULL,
    street_address              NVARCHAR(200)   NULL,
    postal_code                 VARCHAR(5)      NULL,
    post_office                 NVARCHAR(100)   NULL,
    created_at                  DATETIME2(3)    NOT NULL,
    updated_at                  DATETIME2(3)    NOT NULL,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT ck_organisation_kind CHECK (kind IN ('ASSOCIATION', 'FOUNDATION', 'SOCIAL_ENTERPRISE', 'MUNICIPAL_UNIT', 'COMPANY', 'PARISH', 'OTHER'))
);
CREATE INDEX ix_organisation_name_search ON organisation (name_search, id);
CREATE INDEX ix_organisation_business_id ON organisation (business_id);

CREATE TABLE organisation_municipality (
    organisation_id   UNIQUEIDENTIFIER NOT NULL,
    municipality_code VARCHAR(3)       NOT NULL,
    CONSTRAINT pk_organisation_municipality PRIMARY KEY (organisation_id, municipality_code),
    CONSTRAINT fk_orgmun_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_orgmun_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);
CREATE INDEX ix_organisation_municipality_reverse ON organisation_municipality (municipality_code, organisation_id);

-- Editors of an organisation, keyed by Entra tenant + object id (never by e-mail or UPN).
CREATE TABLE organisation_member (
    id              UNIQUEIDENTIFIER NOT NULL,
    organisation_id UNIQUEIDENTIFIER NOT NULL,
    tenant_id       UNIQUEIDENTIFIER NOT NULL,
    oid             UNIQUEIDENTIFIER NOT NULL,
    display_name    NVARCHAR(200)    NOT NULL,
    email           NVARCHAR(254)    NULL,
    role            VARCHAR(20)      NOT NULL,
    created_at      DATETIME2(3)     NOT NULL,
    CONSTRAINT pk_organisation_member PRIMARY KEY (id),
    CONSTRAINT uq_organisation_member UNIQUE (organisation_id, tenant_id, oid),
    CONSTRAINT fk_member_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_member_role CHECK (role IN ('EDITOR'))
);
CREATE INDEX ix_organisation_member_person ON organisation_member (tenant_id, oid);

-- Municipalities a coordinator curates, keyed like members.
CREATE TABLE coordinator_assignment (
    id                UNIQUEIDENTIFIER NOT NULL,
    municipality_code VARCHAR(3)       NOT NULL,
    tenant_id         UNIQUEIDENTIFIER NOT NULL,
    oid               UNIQUEIDENTIFIER NOT NULL,
    display_name      NVARCHAR(200)    NOT NULL,
    email             NVARCHAR(254)    NULL,
    created_at        DATETIME2(3)     NOT NULL,
    CONSTRAINT pk_coordinator_assignment PRIMARY KEY (id),
    CONSTRAINT uq_coordinator_assignment UNIQUE (municipality_code, tenant_id, oid),
    CONSTRAINT fk_coordinator_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);
CREATE INDEX ix_coordinator_assignment_person ON coordinator_assignment (tenant_id, oid);

CREATE TABLE opportunity (
    id                   UNIQUEIDENTIFIER NOT NULL,
    version              BIGINT          NOT NULL,
    status               VARCHAR(12)     NOT NULL,
    type                 VARCHAR(40)     NOT NULL,
    organisation_id      UNIQUEIDENTIFIER NOT NULL,
    title_fi             NVARCHAR(200)   NOT NULL,
    title_sv             NVARCHAR(200)   NULL,
    title_en             NVARCHAR(200)   NULL,
    title_sort           NVARCHAR(200)   NOT NULL,
    summary_fi           NVARCHAR(500)   NULL,
    summary_sv           NVARCHAR(500)   NULL,
    summary_en           NVARCHAR(500)   NULL,
    description_fi       NVARCHAR(MAX)   NULL,
    description_sv       NVARCHAR(MAX)   NULL,
    description_en       NVARCHAR(MAX)   NULL,
    requirements_fi      NVARCHAR(2000)  NULL,
    requirements_sv      NVARCHAR(2000)  NULL,
    requirements_en      NVARCHAR(2000)  NULL,
    compensation_fi      NVARCHAR(500)   NULL,
    compensation_sv      NVARCHAR(500)   NULL,
    compensation_en      NVARCHAR(500)   NULL,
    accessibility_fi     NVARCHAR(1000)  NULL,
    accessibility_sv     NVARCHAR(1000)  NULL,
    accessibility_en     NVARCHAR(1000)  NULL,
    plain_language       BIT             NOT NULL,
    delivery_mode        VARCHAR(10)     NOT NULL,
    street_address       NVARCHAR(200)   NULL,
    postal_code          VARCHAR(5)      NULL,
    post_office          NVARCHAR(100)   NULL,
    valid_from           DATE            NULL,
    valid_to             DATE            NULL,
    application_deadline DATE            NULL,
    hours_per_week       DECIMAL(4, 1)   NULL,
    capacity_total       INT             NULL,
    capacity_available   INT             NULL,
    contact_role         NVARCHAR(100)   NULL,
    contact_name         NVARCHAR(200)   NULL,
    contact_email        NVARCHAR(254)   NULL,
    contact_phone        NVARCHAR(40)    NULL,
    search_text          NVARCHAR(MAX)   NOT NULL,
    created_at           DATETIME2(3)    NOT NULL,
    updated_at           DATETIME2(3)    NOT NULL,
    published_at         DATETIME2(3)    NULL,
    archived_at          DATETIME2(3)    NULL,
    CONSTRAINT pk_opportunity PRIMARY KEY (id),
    CONSTRAINT fk_opportunity_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_opportunity_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED', 'ARCHIVED')),
    CONSTRAINT ck_opportunity_delivery_mode CHECK (delivery_mode IN ('ONSITE', 'REMOTE', 'HYBRID')),
    CONSTRAINT ck_opportunity_capacity CHECK (capacity_available IS NULL OR capacity_available >= 0),
    CONSTRAINT ck_opportunity_capacity_total CHECK (capacity_total IS NULL OR capacity_available IS NULL OR capacity_available <= capacity_total)
);
-- Keyset paging: every sort key is indexed together with status (the filter every search has) and id.
CREATE INDEX ix_opportunity_status_updated ON opportunity (status, updated_at, id);
CREATE INDEX ix_opportunity_status_type_updated ON opportunity (status, type, updated_at, id);
CREATE INDEX ix_opportunity_status_title ON opportunity (status, title_sort, id);
CREATE INDEX ix_opportunity_status_valid_to ON opportunity (status, valid_to, id);
CREATE INDEX ix_opportunity_organisation ON opportunity (organisation_id, status, updated_at);

-- One row per municipality a listing is offered in; status, type and the default sort key are copied
-- here so that the most common search (municipality + status [+ type], newest first) is one index range.
CREATE TABLE opportunity_municipality (
    opportunity_id    UNIQUEIDENTIFIER NOT NULL,
    municipality_code VARCHAR(3)       NOT NULL,
    status            VARCHAR(12)      NOT NULL,
    type              VARCHAR(40)      NOT NULL,
    updated_at        DATETIME2(3)     NOT NULL,
    CONSTRAINT pk_opportunity_municipality PRIMARY KEY (opportunity_id, municipality_code),
    CONSTRAINT fk_oppmun_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_oppmun_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);
CREATE INDEX ix_oppmun_search ON opportunity_municipality (municipality_code, status, updated_at, opportunity_id);
CREATE INDEX ix_oppmun_search_type ON opportunity_municipality (municipality_code, status, type, updated_at, opportunity_id);

CREATE TABLE opportunity_target_group (
    opportunity_id UNIQUEIDENTIFIER NOT NULL,
    code           VARCHAR(40)      NOT NULL,
    CONSTRAINT pk_opportunity_target_group PRIMARY KEY (opportunity_id, code),
    CONSTRAINT fk_opptg_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id)
);
CREATE INDEX ix_opportunity_target_group_reverse ON opportunity_target_group (code, opportunity_id);

CREATE TABLE opportunity_language (
    opportunity_id UNIQUEIDENTIFIER NOT NULL,
    code           VARCHAR(10)      NOT NULL,
    CONSTRAINT pk_opportunity_language PRIMARY KEY (opportunity_id, code),
    CONSTRAINT fk_opplang_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id)
);
CREATE INDEX ix_opportunity_language_reverse ON opportunity_language (code, opportunity_id);

CREATE TABLE opportunity_partner (
    opportunity_id  UNIQUEIDENTIFIER NOT NULL,
    organisation_id UNIQUEIDENTIFIER NOT NULL,
    CONSTRAINT pk_opportunity_partner PRIMARY KEY (opportunity_id, organisation_id),
    CONSTRAINT fk_opppartner_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_opppartner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_opportunity_partner_reverse ON opportunity_partner (organisation_id, opportunity_id);

-- Who changed what and when; written in the same transaction as the change.
CREATE TABLE audit_event (
    id             BIGINT IDENTITY(1, 1) NOT NULL,
    entity_type    VARCHAR(30)      NOT NULL,
    entity_id      VARCHAR(36)      NOT NULL,
    action         VARCHAR(30)      NOT NULL,
    entity_version BIGINT           NULL,
    actor_oid      UNIQUEIDENTIFIER NULL,
    actor_tenant_id UNIQUEIDENTIFIER NULL,
    actor_name     NVARCHAR(200)    NULL,
    changed_fields NVARCHAR(2000)   NULL,
    occurred_at    DATETIME2(3)     NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id, id);

-- Responses of creating requests, replayed for a repeated Idempotency-Key (Power Automate retries).
CREATE TABLE idempotent_request (
    caller_tenant_id UNIQUEIDENTIFIER NOT NULL,
    caller_oid       UNIQUEIDENTIFIER NOT NULL,
    idempotency_key  NVARCHAR(100)    NOT NULL,
    request_hash     VARCHAR(64)      NOT NULL,
    response_status  INT              NOT NULL,
    resource_location NVARCHAR(500)   NULL,
    resource_id      VARCHAR(36)      NULL,
    created_at       DATETIME2(3)     NOT NULL,
    CONSTRAINT pk_idempotent_request PRIMARY KEY (caller_tenant_id, caller_oid, idempotency_key)
);
CREATE INDEX ix_idempotent_request_created ON idempotent_request (created_at);
