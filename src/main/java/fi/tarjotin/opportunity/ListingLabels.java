package fi.tarjotin.opportunity;

import fi.tarjotin.codes.CodeList;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.CodeLabel;
import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.common.Page;
import fi.tarjotin.municipality.Municipalities;
import jakarta.inject.Singleton;

import java.util.List;

/** Puts the display labels of its codes on each listing of a list, from the code lists and municipalities in memory. */
@Singleton
class ListingLabels {

    private final CodeLists codes;
    private final Municipalities municipalities;

    ListingLabels(CodeLists codes, Municipalities municipalities) {
        this.codes = codes;
        this.municipalities = municipalities;
    }

    Page<OpportunityListItem> label(Page<OpportunitySummary> page) {
        return new Page<>(page.value().stream().map(this::label).toList(), page.nextLink(), page.nextCursor(),
                page.count());
    }

    OpportunityListItem label(OpportunitySummary s) {
        return new OpportunityListItem(s, new OpportunityListItem.Labels(
                code(CodeList.OPPORTUNITY_TYPES, s.type()),
                s.targetGroups().stream().map(c -> code(CodeList.TARGET_GROUPS, c)).toList(),
                s.languages().stream().map(c -> code(CodeList.LANGUAGES, c)).toList(),
                code(CodeList.DELIVERY_MODES, s.deliveryMode()),
                municipalities(s.municipalityCodes())));
    }

    /** The names of municipalities as labels of their codes. */
    List<CodeLabel> municipalities(List<String> municipalityCodes) {
        return municipalityCodes.stream().map(code -> CodeLabel.of(code, municipalities.find(code)
                .map(m -> new LocalisedText(m.nameFi(), m.nameSv(), m.nameEn())).orElse(null))).toList();
    }

    private CodeLabel code(CodeList list, String code) {
        return CodeLabel.of(code, codes.label(list, code));
    }
}
