package fi.tarjotin.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of hits in order, how many listings match in all, the counts per filter value asked for, and the
 * position to continue after ({@code null} on the last page).
 */
public record SearchResult(List<Hit> hits, long total, Map<Facet, Map<String, Long>> counts, SearchPosition next) {

    /** One listing found and its place in the order. */
    public record Hit(UUID id, SearchPosition position) {
    }

    /** The ids of the hits, in order. */
    public List<UUID> ids() {
        return hits.stream().map(Hit::id).toList();
    }
}
