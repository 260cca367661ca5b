-- Search results show each listing's municipalities, target groups and languages. Reading them from the
-- join tables for every page cost more than the search itself, so the listing row keeps a sorted,
-- comma-separated copy, written in the same transaction as the join rows (which still serve the filters).
ALTER TABLE opportunity ADD municipality_list VARCHAR(400) NULL;
ALTER TABLE opportunity ADD target_group_list VARCHAR(2100) NULL;
ALTER TABLE opportunity ADD language_list VARCHAR(550) NULL;

UPDATE opportunity SET
    municipality_list = (SELECT STRING_AGG(m.municipality_code, ',') WITHIN GROUP (ORDER BY m.municipality_code)
                         FROM opportunity_municipality m WHERE m.opportunity_id = opportunity.id),
    target_group_list = (SELECT STRING_AGG(t.code, ',') WITHIN GROUP (ORDER BY t.code)
                         FROM opportunity_target_group t WHERE t.opportunity_id = opportunity.id),
    language_list = (SELECT STRING_AGG(l.code, ',') WITHIN GROUP (ORDER BY l.code)
                     FROM opportunity_language l WHERE l.opportunity_id = opportunity.id);
