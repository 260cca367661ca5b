package fi.tarjotin.organisation;

import fi.tarjotin.common.LocalisedText;

import java.util.Arrays;
import java.util.Optional;

/** What sort of body an organisation is; the same set as the database's check constraint, with its display labels. */
enum OrganisationKind {
    ASSOCIATION("Yhdistys", "Förening", "Association"),
    FOUNDATION("Säätiö", "Stiftelse", "Foundation"),
    SOCIAL_ENTERPRISE("Yhteiskunnallinen yritys", "Samhällsföretag", "Social enterprise"),
    MUNICIPAL_UNIT("Kunnan yksikkö", "Kommunal enhet", "Municipal unit"),
    COMPANY("Yritys", "Företag", "Company"),
    PARISH("Seurakunta", "Församling", "Parish"),
    OTHER("Muu", "Annan", "Other");

    private final LocalisedText label;

    OrganisationKind(String fi, String sv, String en) {
        this.label = new LocalisedText(fi, sv, en);
    }

    LocalisedText label() {
        return label;
    }

    static Optional<OrganisationKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.name().equals(text)).findFirst();
    }
}
