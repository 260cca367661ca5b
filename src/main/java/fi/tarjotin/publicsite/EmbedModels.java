package fi.tarjotin.publicsite;

import fi.tarjotin.codes.CodeItem;
import fi.tarjotin.codes.CodeList;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.municipality.Municipality;
import fi.tarjotin.opportunity.OpportunitySummary;
import fi.tarjotin.opportunity.OpportunityView;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the embed templates show, already in the page's language: texts an editor wrote come with the
 * language they are really in (Finnish where no translation exists), so the template can mark them.
 */
public final class EmbedModels {

    private EmbedModels() {
    }

    /** Text in a language; {@code lang} is set only where it differs from the page's. */
    public record Text(String value, @Nullable String lang) {

        static @Nullable Text of(@Nullable LocalisedText text, String pageLanguage) {
            if (text == null || text.isEmpty()) {
                return null;
            }
            String own = switch (pageLanguage) {
                case "sv" -> text.sv();
                case "en" -> text.en();
                default -> text.fi();
            };
            if (own != null) {
                return new Text(own, null);
            }
            return text.fi() != null ? new Text(text.fi(), pageLanguage.equals("fi") ? null : "fi") : null;
        }
    }

    /** One term and its description in a fact list. */
    public record Fact(String term, String value, @Nullable String lang) {
    }

    /** A choice of a filter. */
    public record Option(String code, String label, boolean selected) {
    }

    /** A link to the same page in another language. */
    public record LanguageLink(String code, String name, String href, boolean current) {
    }

    /** A listing in the list of a municipality. */
    public record Card(String id, String href, Text title, @Nullable Text summary, List<Fact> facts) {
    }

    /** A headed block of an editor's text on a listing page. */
    public record Section(String heading, Text body) {
    }

    /** How to get in touch, as the listing publishes it. */
    public record Contact(@Nullable String role, @Nullable String email, @Nullable String phone) {

        public String mailto() {
            return "mailto:" + email;
        }

        public String tel() {
            return "tel:" + phone.replaceAll("[^0-9+]", "");
        }
    }

    static String municipalityName(Municipality m, String lang) {
        String name = switch (lang) {
            case "sv" -> m.nameSv();
            case "en" -> m.nameEn();
            default -> m.nameFi();
        };
        return name == null ? m.nameFi() : name;
    }

    static List<Option> options(CodeLists codes, CodeList list, List<String> selected, String lang) {
        List<Option> options = new ArrayList<>();
        for (CodeItem item : codes.items(list)) {
            options.add(new Option(item.code(), item.label().in(lang), selected.contains(item.code())));
        }
        return options;
    }

    static Card card(OpportunitySummary s, String href, PageLanguage language, CodeLists codes,
                     Municipalities municipalities) {
        String lang = language.code();
        List<Fact> facts = new ArrayList<>();
        facts.add(fact(language, "listing.type", codes.label(CodeList.OPPORTUNITY_TYPES, s.type()).in(lang)));
        if (s.organisationName() != null) {
            facts.add(new Fact(language.t("listing.organisation"), s.organisationName(), null));
        }
        String place = EmbedPlaces.of(s.municipalityCodes(), s.deliveryMode(), language, municipalities);
        if (place != null) {
            facts.add(fact(language, "listing.place", place));
        }
        if (!s.targetGroups().isEmpty()) {
            facts.add(fact(language, "listing.targetGroups", labels(codes, CodeList.TARGET_GROUPS, s.targetGroups(), lang)));
        }
        if (s.capacityAvailable() != null) {
            facts.add(fact(language, "listing.available", available(s.capacityAvailable(), s.capacityTotal(), language)));
        }
        if (s.applicationDeadline() != null) {
            facts.add(fact(language, "listing.deadline", date(s.applicationDeadline())));
        }
        return new Card(s.id().toString(), href, Text.of(s.title(), lang), Text.of(s.summary(), lang), facts);
    }

    static List<Fact> facts(OpportunityView v, PageLanguage language, CodeLists codes, Municipalities municipalities) {
        String lang = language.code();
        List<Fact> facts = new ArrayList<>();
        facts.add(fact(language, "listing.type", codes.label(CodeList.OPPORTUNITY_TYPES, v.type()).in(lang)));
        if (v.organisationName() != null) {
            facts.add(new Fact(language.t("listing.organisation"), v.organisationName(), null));
        }
        String place = EmbedPlaces.of(v.municipalityCodes(), v.deliveryMode(), language, municipalities);
        if (place != null) {
            facts.add(fact(language, "listing.place", place));
        }
        String address = v.address() == null ? null
                : join(v.address().street(), join(v.address().postalCode(), v.address().postOffice(), " "), ", ");
        if (address != null && !address.isBlank()) {
            facts.add(fact(language, "listing.address", address));
        }
        facts.add(fact(language, "listing.deliveryMode", codes.label(CodeList.DELIVERY_MODES, v.deliveryMode()).in(lang)));
        if (!v.targetGroups().isEmpty()) {
            facts.add(fact(language, "listing.targetGroups", labels(codes, CodeList.TARGET_GROUPS, v.targetGroups(), lang)));
        }
        if (!v.languages().isEmpty()) {
            facts.add(fact(language, "listing.languages", labels(codes, CodeList.LANGUAGES, v.languages(), lang)));
        }
        if (v.plainLanguage()) {
            facts.add(fact(language, "listing.plainLanguage", language.t("listing.yes")));
        }
        if (v.capacityAvailable() != null) {
            facts.add(fact(language, "listing.available", available(v.capacityAvailable(), v.capacityTotal(), language)));
        }
        if (v.applicationDeadline() != null) {
            facts.add(fact(language, "listing.deadline", date(v.applicationDeadline())));
        }
        if (v.validFrom() != null || v.validTo() != null) {
            facts.add(fact(language, "listing.valid", join(date(v.validFrom()), date(v.validTo()), " – ")));
        }
        if (v.hoursPerWeek() != null) {
            facts.add(fact(language, "listing.hours", language.number(v.hoursPerWeek())));
        }
        return facts;
    }

    static List<Section> sections(OpportunityView v, PageLanguage language) {
        String lang = language.code();
        List<Section> sections = new ArrayList<>();
        section(sections, language.t("listing.description"), Text.of(v.description(), lang));
        section(sections, language.t("listing.requirements"), Text.of(v.requirements(), lang));
        section(sections, language.t("listing.compensation"), Text.of(v.compensation(), lang));
        section(sections, language.t("listing.accessibility"), Text.of(v.accessibility(), lang));
        return sections;
    }

    static @Nullable Contact contact(OpportunityView v) {
        if (v.contact() == null || (v.contact().email() == null && v.contact().phone() == null
                && v.contact().role() == null)) {
            return null;
        }
        return new Contact(v.contact().role(), v.contact().email(), v.contact().phone());
    }

    private static void section(List<Section> sections, String heading, @Nullable Text body) {
        if (body != null) {
            sections.add(new Section(heading, body));
        }
    }

    private static Fact fact(PageLanguage language, String key, String value) {
        return new Fact(language.t(key), value, null);
    }

    private static String available(int available, @Nullable Integer total, PageLanguage language) {
        return total == null ? language.number(available) : language.t("listing.availableOf", available, total);
    }

    private static String labels(CodeLists codes, CodeList list, List<String> values, String lang) {
        return values.stream().map(v -> codes.label(list, v).in(lang)).collect(Collectors.joining(", "));
    }

    private static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : date.format(DateTimeFormatter.ofPattern("d.M.yyyy", Locale.ROOT));
    }

    private static @Nullable String join(@Nullable String a, @Nullable String b, String separator) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + separator + b;
    }
}
