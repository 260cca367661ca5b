-- Searches list the newest first. H2 reads an index only forwards, so the indexes that serve
-- "newest first" store updated_at (and the id that breaks ties) in descending order; the search then
-- reads the first page straight off the index and stops (plans in README, "Search and its indexes").
-- SQL Server reads indexes both ways; the descending order costs it nothing.
DROP INDEX ix_opportunity_status_updated ON opportunity;
DROP INDEX ix_opportunity_status_type_updated ON opportunity;
DROP INDEX ix_oppmun_search ON opportunity_municipality;
DROP INDEX ix_oppmun_search_type ON opportunity_municipality;

CREATE INDEX ix_opportunity_status_updated ON opportunity (status, updated_at DESC, id DESC);
CREATE INDEX ix_opportunity_status_type_updated ON opportunity (status, type, updated_at DESC, id DESC);
CREATE INDEX ix_oppmun_search ON opportunity_municipality (municipality_code, status, updated_at DESC, opportunity_id DESC);
CREATE INDEX ix_oppmun_search_type ON opportunity_municipality (municipality_code, status, type, updated_at DESC, opportunity_id DESC);
