package fi.tarjotin.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * What an import did, or in a dry run would do, row by row: CREATED / WOULD_CREATE, ALREADY_IMPORTED
 * (the row id was imported before), or INVALID with every problem named at its CSV column.
 */
@Serdeable
record ImportReport(String municipalityCode, boolean dryRun, int created, int alreadyImported, int invalid,
                    List<RowResult> rows) {

    @Serdeable
    record RowResult(long line, @Nullable String sourceId, String status, @Nullable OrganisationResult organisation,
                     @Nullable UUID opportunityId, List<Problem> problems) {
    }

    /** Whether the row's organisation is new (CREATE) or one already in the catalogue (REUSE). */
    @Serdeable
    record OrganisationResult(String action, String name, @Nullable UUID id) {
    }

    @Serdeable
    record Problem(String code, String column, String message) {
    }
}
