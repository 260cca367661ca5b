package fi.tarjotin.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

/**
 * The search tests' catalogue ({@code search/catalogue.txt}): North Karelian listings named by a short slug,
 * with the code labels of the reference data.
 */
final class Catalogue {

    private final Map<String, ListingDocument> listings = new LinkedHashMap<>();

    private Catalogue() {
    }

    static Catalogue load() {
        Catalogue catalogue = new Catalogue();
        Properties labels = properties("/search/labels.properties");
        Map<String, String> block = new LinkedHashMap<>();
        for (String line : lines("/search/catalogue.txt")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                catalogue.add(block, labels);
                block.clear();
            } else {
                int colon = line.indexOf(':');
                block.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        catalogue.add(block, labels);
        return catalogue;
    }

    List<ListingDocument> all() {
        return List.copyOf(listings.values());
    }

    ListingDocument get(String slug) {
        ListingDocument listing = listings.get(slug);
        if (listing == null) {
            throw new IllegalArgumentException("no listing " + slug);
        }
        return listing;
    }

    UUID id(String slug) {
        return get(slug).id();
    }

    /** The slug of a listing id, so that failures name listings readably. */
    String slug(UUID id) {
        return listings.entrySet().stream().filter(e -> e.getValue().id().equals(id)).map(Map.Entry::getKey)
                .findFirst().orElse(id.toString());
    }

    static UUID idOf(String slug) {
        return UUID.nameUUIDFromBytes(("listing:" + slug).getBytes(StandardCharsets.UTF_8));
    }

    static UUID organisationIdOf(String name) {
        return UUID.nameUUIDFromBytes(("organisation:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private void add(Map<String, String> b, Properties labels) {
        if (b.isEmpty()) {
            return;
        }
        String slug = b.get("listing");
        Map<SearchLanguage, ListingDocument.Texts> texts = new EnumMap<>(SearchLanguage.class);
        for (SearchLanguage language : SearchLanguage.values()) {
            String s = language.suffix();
            if (b.containsKey("title." + s)) {
                texts.put(language, new ListingDocument.Texts(b.get("title." + s), b.get("summary." + s),
                        b.get("description." + s), b.get("requirements." + s)));
            }
        }
        Set<String> targetGroups = codes(b.get("targetGroups"));
        Set<String> languages = codes(b.get("languages"));
        Set<String> municipalities = codes(b.get("municipalities"));
        Map<SearchLanguage, List<String>> labelTexts = new EnumMap<>(SearchLanguage.class);
        for (SearchLanguage language : SearchLanguage.values()) {
            List<String> words = new ArrayList<>();
            words.add(label(labels, "type." + b.get("type"), language));
            targetGroups.forEach(c -> words.add(label(labels, "targetGroup." + c, language)));
            languages.forEach(c -> words.add(label(labels, "language." + c, language)));
            municipalities.forEach(c -> words.add(label(labels, "municipality." + c, language)));
            labelTexts.put(language, words);
        }
        listings.put(slug, new ListingDocument(idOf(slug), texts, b.get("org"), labelTexts, b.get("type"),
                targetGroups, languages, municipalities, null, b.get("status"), organisationIdOf(b.get("org")),
                Set.of(), Instant.parse(b.get("updated"))));
    }

    private static String label(Properties labels, String key, SearchLanguage language) {
        String value = labels.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no label " + key);
        }
        return value.split("\\|")[language.ordinal()];
    }

    private static Set<String> codes(String list) {
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(codes::add);
        return codes;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Catalogue.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
