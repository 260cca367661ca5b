package fi.tarjotin.organisation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fi.tarjotin.common.CodeLabel;
import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.municipality.Municipalities;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An organisation as a list shows it: the organisation, and under {@code labels} the display labels of its codes. */
@Serdeable
record OrganisationListItem(@JsonUnwrapped OrganisationView organisation, Labels labels) {

    /** The labels of the organisation's kind and of its municipalities, in the order of the codes. */
    @Serdeable
    record Labels(CodeLabel kind, List<CodeLabel> municipalities) {
    }

    static OrganisationListItem of(OrganisationView view, Municipalities municipalities) {
        CodeLabel kind = CodeLabel.of(view.kind(), OrganisationKind.parse(view.kind()).map(OrganisationKind::label)
                .orElse(null));
        List<CodeLabel> places = view.municipalityCodes().stream().map(code -> CodeLabel.of(code, municipalities
                .find(code).map(m -> new LocalisedText(m.nameFi(), m.nameSv(), m.nameEn())).orElse(null))).toList();
        return new OrganisationListItem(view, new Labels(kind, places));
    }
}
