package fi.tarjotin.opportunity;

import fi.tarjotin.codes.CodeList;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.Guids;
import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.common.SqlParameters;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.search.ListingDocument;
import fi.tarjotin.search.SearchLanguage;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads listings from the database as the search index holds them: their texts, the organisation's name, the
 * labels of their codes in each language and the facts the filters read. The whole catalogue is streamed, one
 * row at a time, so that a rebuild never holds it in memory.
 */
@Singleton
class ListingDocumentQueries {

    private static final int FETCH_SIZE = 500;
    private static final int IDS_PER_QUERY = 1000;
    private static final String SELECT = "SELECT o.id, o.status, o.type, o.organisation_id, g.name, "
            + "o.title_fi, o.summary_fi, o.description_fi, o.requirements_fi, "
            + "o.title_sv, o.summary_sv, o.description_sv, o.requirements_sv, "
            + "o.title_en, o.summary_en, o.description_en, o.requirements_en, "
            + "o.delivery_mode, o.updated_at, o.capacity_available, o.application_deadline, o.valid_from, o.valid_to, "
            + "o.municipality_list, o.target_group_list, o.language_list "
            + "FROM opportunity o JOIN organisation g ON g.id = o.organisation_id";

    /** The search index's poll, every second on every instance: visible so that its plan can be checked. */
    static final String CHANGED_SINCE = "SELECT o.id, o.updated_at FROM opportunity o WHERE o.updated_at >= ?";

    /** The same for organisations, whose name each of their listings carries in the index. */
    static final String ORGANISATIONS_CHANGED_SINCE =
            "SELECT g.id, g.updated_at FROM organisation g WHERE g.updated_at >= ?";

    private final JdbcOperations jdbc;
    private final CodeLists codes;
    private final Municipalities municipalities;

    ListingDocumentQueries(JdbcOperations jdbc, CodeLists codes, Municipalities municipalities) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.municipalities = municipalities;
    }

    /** Hands every listing, in no particular order, to {@code reader} while the rows are read. */
    void all(Consumer<Iterable<ListingDocument>> reader) {
        Map<UUID, Set<UUID>> partners = partners(null);
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = statement.executeQuery()) {
                    reader.accept(() -> new Rows(rs, partners));
                }
            }
            return null;
        });
    }

    /** A listing's id and the time of its latest change. */
    record Change(UUID id, Instant updatedAt) {
    }

    /** Which listings changed at or after {@code since}, and when: ids and times only, read from an index. */
    List<Change> changedSince(Instant since) {
        return changes(CHANGED_SINCE, since);
    }

    /** Which organisations changed (a new name, for one) at or after {@code since}, and when. */
    List<Change> organisationsChangedSince(Instant since) {
        return changes(ORGANISATIONS_CHANGED_SINCE, since);
    }

    /** The rows of a statement selecting an id and a change time after one time parameter. */
    private List<Change> changes(String sql, Instant since) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setTimestamp(1, Timestamp.from(since));
                List<Change> changes = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        changes.add(new Change(Guids.get(rs, 1), rs.getTimestamp(2).toInstant()));
                    }
                }
                return changes;
            }
        });
    }

    /** The listings of an organisation (as their owner). */
    List<ListingDocument> byOrganisation(UUID organisation) {
        return read(" WHERE o.organisation_id = " + SqlParameters.UUID, new Object[] {organisation.toString()});
    }

    /** These listings, those that still exist, in no particular order. */
    List<ListingDocument> byIds(List<UUID> ids) {
        List<ListingDocument> found = new ArrayList<>();
        // Below SQL Server's 2,100 parameters per statement.
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            found.addAll(read(" WHERE o.id IN (" + SqlParameters.uuids(chunk.size()) + ")",
                    chunk.stream().map(UUID::toString).toArray()));
        }
        return found;
    }

    /** One listing, or none if it no longer exists. */
    List<ListingDocument> byId(UUID id) {
        return read(" WHERE o.id = " + SqlParameters.UUID, new Object[] {id.toString()});
    }

    /** The latest change time of any listing, or {@code null} for an empty catalogue. */
    Instant latestChange() {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT MAX(updated_at) FROM opportunity");
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                Timestamp latest = rs.getTimestamp(1);
                return latest == null ? null : latest.toInstant();
            }
        });
    }

    private List<ListingDocument> read(String where, Object[] args) {
        List<ListingDocument> found = new ArrayList<>();
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SELECT + where)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    Set<UUID> ids = new HashSet<>();
                    while (rs.next()) {
                        found.add(document(rs, Map.of()));
                        ids.add(found.get(found.size() - 1).id());
                    }
                    if (!ids.isEmpty()) {
                        Map<UUID, Set<UUID>> partners = partners(ids);
                        found.replaceAll(d -> withPartners(d, partners.getOrDefault(d.id(), Set.of())));
                    }
                    return null;
                }
            }
        });
        return found;
    }

    private static ListingDocument withPartners(ListingDocument d, Set<UUID> partners) {
        return new ListingDocument(d.id(), d.texts(), d.organisationName(), d.labels(), d.type(), d.targetGroups(),
                d.languages(), d.municipalities(), d.deliveryMode(), d.status(), d.organisationId(), partners,
                d.updatedAt(), d.capacityAvailable(), d.deadline(), d.validFrom(), d.validTo(), d.placeNames());
    }

    /** Partner organisations by listing: of these listings, or of all when {@code ids} is {@code null}. */
    private Map<UUID, Set<UUID>> partners(Set<UUID> ids) {
        String sql = "SELECT p.opportunity_id, p.organisation_id FROM opportunity_partner p";
        if (ids != null) {
            sql += " WHERE p.opportunity_id IN (" + SqlParameters.uuids(ids.size()) + ")";
        }
        String query = sql;
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                if (ids != null) {
                    int i = 1;
                    for (UUID id : ids) {
                        statement.setObject(i++, id.toString());
                    }
                }
                Map<UUID, Set<UUID>> partners = new HashMap<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        partners.computeIfAbsent(Guids.get(rs, 1), k -> new HashSet<>()).add(Guids.get(rs, 2));
                    }
                }
                return partners;
            }
        });
    }

    private ListingDocument document(ResultSet rs, Map<UUID, Set<UUID>> partners) throws SQLException {
        UUID id = Guids.get(rs, 1);
        Map<SearchLanguage, ListingDocument.Texts> texts = new EnumMap<>(SearchLanguage.class);
        int column = 6;
        for (SearchLanguage language : SearchLanguage.values()) {
            ListingDocument.Texts own = new ListingDocument.Texts(rs.getString(column), rs.getString(column + 1),
                    rs.getString(column + 2), rs.getString(column + 3));
            if (own.title() != null || own.summary() != null || own.description() != null) {
                texts.put(language, own);
            }
            column += 4;
        }
        String type = rs.getString(3);
        List<String> places = CodeCopy.split(rs.getString(24));
        List<String> groups = CodeCopy.split(rs.getString(25));
        List<String> languages = CodeCopy.split(rs.getString(26));
        Integer capacity = rs.getObject(20) == null ? null : rs.getInt(20);
        return new ListingDocument(id, texts, rs.getString(5), labels(type, groups, languages), type,
                Set.copyOf(groups), Set.copyOf(languages), Set.copyOf(places), rs.getString(18), rs.getString(2),
                Guids.get(rs, 4), partners.getOrDefault(id, Set.of()), rs.getTimestamp(19).toInstant(), capacity,
                date(rs.getDate(21)), date(rs.getDate(22)), date(rs.getDate(23)), placeNames(places));
    }

    /** The municipalities' names in every language they have. */
    private Set<String> placeNames(List<String> places) {
        Set<String> names = new HashSet<>();
        for (String code : places) {
            municipalities.find(code).ifPresent(m -> {
                names.add(m.nameFi());
                if (m.nameSv() != null) {
                    names.add(m.nameSv());
                }
                if (m.nameEn() != null) {
                    names.add(m.nameEn());
                }
            });
        }
        return names;
    }

    /** Per language, the labels of the type, target groups and languages. */
    private Map<SearchLanguage, List<String>> labels(String type, List<String> groups, List<String> languages) {
        List<LocalisedText> all = new ArrayList<>();
        all.add(codes.label(CodeList.OPPORTUNITY_TYPES, type));
        groups.forEach(code -> all.add(codes.label(CodeList.TARGET_GROUPS, code)));
        languages.forEach(code -> all.add(codes.label(CodeList.LANGUAGES, code)));
        Map<SearchLanguage, List<String>> labels = new EnumMap<>(SearchLanguage.class);
        for (SearchLanguage language : SearchLanguage.values()) {
            List<String> words = new ArrayList<>();
            for (LocalisedText text : all) {
                String value = text == null ? null : text.in(language.name().toLowerCase(java.util.Locale.ROOT));
                if (value != null) {
                    words.add(value);
                }
            }
            labels.put(language, words);
        }
        return labels;
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    /** The rows of a result set as documents, read as they are iterated. */
    private final class Rows implements Iterator<ListingDocument> {
        private final ResultSet rs;
        private final Map<UUID, Set<UUID>> partners;
        private Boolean hasNext;

        Rows(ResultSet rs, Map<UUID, Set<UUID>> partners) {
            this.rs = rs;
            this.partners = partners;
        }

        @Override
        public boolean hasNext() {
            if (hasNext == null) {
                try {
                    hasNext = rs.next();
                } catch (SQLException e) {
                    throw new IllegalStateException("Reading listings for the search index failed", e);
                }
            }
            return hasNext;
        }

        @Override
        public ListingDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            hasNext = null;
            try {
                return document(rs, partners);
            } catch (SQLException e) {
                throw new IllegalStateException("Reading listings for the search index failed", e);
            }
        }
    }
}
