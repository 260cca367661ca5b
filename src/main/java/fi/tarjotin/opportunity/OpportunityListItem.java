package fi.tarjotin.opportunity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fi.tarjotin.common.CodeLabel;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A listing as a list shows it: the search row, and under {@code labels} the display labels of its codes. */
@Serdeable
record OpportunityListItem(@JsonUnwrapped OpportunitySummary listing, Labels labels) {

    /** The labels of each code of the row, in the order of the codes. */
    @Serdeable
    record Labels(CodeLabel type, List<CodeLabel> targetGroups, List<CodeLabel> languages, CodeLabel deliveryMode,
                  List<CodeLabel> municipalities) {
    }
}
