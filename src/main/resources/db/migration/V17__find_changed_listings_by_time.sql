-- Every instance asks each second which listings changed since a moment (the search index's poll), and at
-- start for the latest change. Without an index that leads with updated_at, each poll read the whole table:
-- with 100,000 listings, a scan a second per instance. With it, both are a short range of this index, and the
-- poll reads only ids and times (the index covers them) before loading the few listings it lacks.
CREATE INDEX ix_opportunity_updated_at ON opportunity (updated_at, id);
