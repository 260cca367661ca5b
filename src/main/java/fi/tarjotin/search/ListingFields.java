package fi.tarjotin.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The index fields of a listing and how a {@link ListingDocument} becomes a Lucene document. Each text part is
 * a field per language ({@code title_fi}, {@code labels_sv}); {@code all_<lang>} holds every part once more for
 * the looser matches (typos, compounds), {@code allrev_<lang>} the same reversed, {@code words} all of it
 * unstemmed. Codes are untokenised
 * terms for the filters and doc values for the facet counts.
 */
final class ListingFields {

    static final String ID = "id";
    static final String ID_HIGH = "idHigh";
    static final String ID_LOW = "idLow";
    static final String UPDATED_AT = "updatedAt";
    static final String STATUS = "status";
    static final String ORGANISATION = "organisation";
    static final String OFFERED_BY = "offeredBy";
    static final String WORDS = "words";
    static final String PLACES = "places";
    static final String UPDATED_POINT = "updatedAtPoint";
    static final String CAPACITY = "capacityAvailable";
    static final String DEADLINE = "deadline";
    static final String VALID_FROM = "validFrom";
    static final String VALID_TO = "validTo";
    static final List<String> TEXT_PARTS =
            List.of("title", "summary", "description", "requirements", "organisation", "labels");

    /** The parts where words close together score extra: only these keep word positions. */
    static final List<String> PHRASE_PARTS = List.of("title", "summary", "description");

    /*
     * What each field keeps decides what a search must read per matching listing. Title, summary and description
     * keep positions (for words close together) and lengths (a hit in a short title weighs more); requirements
     * keep counts and length; organisation and labels, short and alike in length, only counts; the fields for
     * looser matches (compounds, typos) and places only which listings have a word: their matches score alike.
     */
    private static final FieldType COUNTED = type(IndexOptions.DOCS_AND_FREQS, false);
    private static final FieldType COUNTED_SHORT = type(IndexOptions.DOCS_AND_FREQS, true);
    private static final FieldType MATCH_ONLY = type(IndexOptions.DOCS, true);

    private static FieldType type(IndexOptions options, boolean omitNorms) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(options);
        type.setOmitNorms(omitNorms);
        type.freeze();
        return type;
    }

    private ListingFields() {
    }

    static String text(String part, SearchLanguage language) {
        return part + "_" + language.suffix();
    }

    static String all(SearchLanguage language) {
        return "all_" + language.suffix();
    }

    static String allReversed(SearchLanguage language) {
        return "allrev_" + language.suffix();
    }

    static Document of(ListingDocument listing) {
        Document doc = new Document();
        doc.add(new StringField(ID, listing.id().toString(), Field.Store.NO));
        // The id breaks ties in the order as two numbers: cheaper to compare and read than its text.
        doc.add(new NumericDocValuesField(ID_HIGH, listing.id().getMostSignificantBits()));
        doc.add(new NumericDocValuesField(ID_LOW, listing.id().getLeastSignificantBits()));
        doc.add(new NumericDocValuesField(UPDATED_AT, listing.updatedAt().toEpochMilli()));
        doc.add(new LongPoint(UPDATED_POINT, listing.updatedAt().toEpochMilli()));
        // Open limits are stored as the widest value, so each filter is one range query.
        doc.add(new IntPoint(CAPACITY, listing.capacityAvailable() == null ? Integer.MAX_VALUE
                : listing.capacityAvailable()));
        doc.add(new LongPoint(DEADLINE, listing.deadline() == null ? Long.MAX_VALUE : listing.deadline().toEpochDay()));
        doc.add(new LongPoint(VALID_FROM, listing.validFrom() == null ? Long.MIN_VALUE
                : listing.validFrom().toEpochDay()));
        doc.add(new LongPoint(VALID_TO, listing.validTo() == null ? Long.MAX_VALUE : listing.validTo().toEpochDay()));
        doc.add(new StringField(STATUS, listing.status(), Field.Store.NO));
        doc.add(new StringField(ORGANISATION, listing.organisationId().toString(), Field.Store.NO));
        doc.add(new StringField(OFFERED_BY, listing.organisationId().toString(), Field.Store.NO));
        for (UUID partner : listing.partnerOrganisationIds()) {
            doc.add(new StringField(OFFERED_BY, partner.toString(), Field.Store.NO));
        }
        codes(doc, Facet.TYPE, List.of(listing.type()));
        codes(doc, Facet.TARGET_GROUP, listing.targetGroups());
        codes(doc, Facet.LANGUAGE, listing.languages());
        codes(doc, Facet.MUNICIPALITY, listing.municipalities());
        if (listing.deliveryMode() != null) {
            codes(doc, Facet.DELIVERY_MODE, List.of(listing.deliveryMode()));
        }
        for (SearchLanguage language : SearchLanguage.values()) {
            texts(doc, listing, language);
        }
        if (!listing.placeNames().isEmpty()) {
            doc.add(new Field(PLACES, String.join(". ", listing.placeNames()), MATCH_ONLY));
        }
        return doc;
    }

    private static String labels(ListingDocument listing, SearchLanguage language) {
        List<String> labels = new ArrayList<>(listing.labels().getOrDefault(language, List.of()));
        labels.add(CodeKeywords.of(Facet.TYPE, listing.type(), language));
        listing.targetGroups().forEach(code -> labels.add(CodeKeywords.of(Facet.TARGET_GROUP, code, language)));
        return String.join(". ", labels);
    }

    private static void codes(Document doc, Facet facet, Collection<String> codes) {
        for (String code : codes) {
            doc.add(new StringField(facet.field(), code, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(facet.field(), new BytesRef(code)));
        }
    }

    private static void texts(Document doc, ListingDocument listing, SearchLanguage language) {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        ListingDocument.Texts own = listing.texts().get(language);
        if (own != null) {
            parts.put("title", own.title());
            parts.put("summary", own.summary());
            parts.put("description", own.description());
            parts.put("requirements", own.requirements());
        }
        // A name is in no one language: it is analysed as each, so that any caller's words stem to it.
        parts.put("organisation", listing.organisationName());
        parts.put("labels", labels(listing, language));
        List<String> everything = new ArrayList<>();
        parts.forEach((part, value) -> {
            if (value != null && !value.isBlank()) {
                doc.add(new Field(text(part, language), value, PHRASE_PARTS.contains(part) ? TextField.TYPE_NOT_STORED
                        : part.equals("requirements") ? COUNTED : COUNTED_SHORT));
                everything.add(value);
            }
        });
        String all = String.join(". ", everything);
        doc.add(new Field(all(language), all, MATCH_ONLY));
        doc.add(new Field(allReversed(language), all, MATCH_ONLY));
        doc.add(new Field(WORDS, all, MATCH_ONLY));
    }
}
