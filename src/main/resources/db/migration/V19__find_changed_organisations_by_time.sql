-- The search index holds each listing's organisation name: every instance's poll also asks which organisations
-- changed since a moment, and re-indexes their listings, so that a renamed organisation is found by its new
-- name everywhere within seconds. This index answers that question without reading the table.
CREATE INDEX ix_organisation_updated_at ON organisation (updated_at, id);
