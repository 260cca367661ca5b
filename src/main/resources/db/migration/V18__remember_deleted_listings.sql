-- Which listings were deleted, and when: every instance's search index reads this with its poll of changes, so
-- that a draft deleted on one instance leaves the others' counts within seconds, as a changed listing does
-- (a deleted row leaves nothing else to read). Rows are kept for a day, then purged; no personal data.
-- Owned by the opportunity feature.
CREATE TABLE deleted_listing (
    opportunity_id  UNIQUEIDENTIFIER  NOT NULL,
    deleted_at      DATETIME2(3)      NOT NULL,
    CONSTRAINT pk_deleted_listing PRIMARY KEY (opportunity_id)
);
CREATE INDEX ix_deleted_listing_time ON deleted_listing (deleted_at, opportunity_id);
