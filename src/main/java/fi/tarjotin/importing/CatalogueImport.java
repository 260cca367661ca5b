package fi.tarjotin.importing;

import fi.tarjotin.access.Caller;
import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.common.SearchText;
import fi.tarjotin.error.ApiException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;
import fi.tarjotin.error.Messages;
import fi.tarjotin.error.NotFoundException;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.municipality.MunicipalityAdministration;
import fi.tarjotin.opportunity.OpportunityDraft;
import fi.tarjotin.opportunity.Opportunities;
import fi.tarjotin.organisation.ImportedOrganisations;
import fi.tarjotin.organisation.Organisations;
import fi.tarjotin.transaction.ContentionRetry;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports a municipality's existing catalogue from CSV. Each row runs in its own transaction through the
 * API's own services (validation, scope, audit): a row is imported whole or not at all, and is recorded by
 * its source id so that a repeated import skips it. A dry run does the same work and rolls every row back,
 * so its report names exactly the problems a real run would meet.
 */
@Singleton
class CatalogueImport {

    private final RowMapper mapper;
    private final Organisations organisations;
    private final Opportunities opportunities;
    private final MunicipalityAdministration administration;
    private final Municipalities municipalities;
    private final ImportedOrganisations existingOrganisations;
    private final ImportRowStore importRows;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;
    private final ContentionRetry contention;

    CatalogueImport(RowMapper mapper, Organisations organisations, Opportunities opportunities,
                    MunicipalityAdministration administration, Municipalities municipalities,
                    ImportedOrganisations existingOrganisations, ImportRowStore importRows, Clock clock,
                    TransactionOperations<Connection> transactions, AuditLog audit, ContentionRetry contention) {
        this.mapper = mapper;
        this.organisations = organisations;
        this.opportunities = opportunities;
        this.administration = administration;
        this.municipalities = municipalities;
        this.existingOrganisations = existingOrganisations;
        this.importRows = importRows;
        this.clock = clock;
        this.transactions = transactions;
        this.audit = audit;
        this.contention = contention;
    }

    ImportReport run(Caller caller, String code, String csv, boolean dryRun, boolean publish, String language) {
        administration.requireAdministrator(caller);
        municipalities.find(code).orElseThrow(NotFoundException::new);
        List<CatalogueCsv.Row> rows = CatalogueCsv.parse(csv);
        List<ImportReport.RowResult> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Long> plannedOrganisations = new HashMap<>();
        for (CatalogueCsv.Row row : rows) {
            String sourceId = row.get("id");
            if (sourceId != null && !seen.add(sourceId)) {
                results.add(invalid(row, List.of(problem(ErrorCode.DUPLICATE_SOURCE_ID, "id", language))));
                continue;
            }
            ImportReport.RowResult result = importRow(caller, code, row, dryRun, publish, language);
            results.add(dryRun ? plannedOnce(result, plannedOrganisations) : result);
        }
        int created = (int) results.stream().filter(r -> r.status().equals("CREATED") || r.status().equals("WOULD_CREATE")).count();
        int skipped = (int) results.stream().filter(r -> r.status().equals("ALREADY_IMPORTED")).count();
        int invalid = (int) results.stream().filter(r -> r.status().equals("INVALID")).count();
        if (!dryRun && created > 0) {
            contention.call(() -> transactions.executeWrite(status -> {
                audit.record("MUNICIPALITY", code, "CATALOGUE_IMPORTED", null, caller,
                        List.of("created=" + created, "alreadyImported=" + skipped, "invalid=" + invalid));
                return null;
            }));
        }
        return new ImportReport(code, dryRun, created, skipped, invalid, results);
    }

    private ImportReport.RowResult importRow(Caller caller, String code, CatalogueCsv.Row row, boolean dryRun,
                                             boolean publish, String language) {
        RowMapper.Mapped mapped = mapper.map(row, code);
        List<ImportReport.Problem> csvProblems = mapped.problems().stream()
                .map(p -> problem(p.code(), p.target(), language)).toList();
        if (!csvProblems.isEmpty()) {
            // Still put the row through the services (rolled back), so that all its problems are named at once.
            ImportReport.RowResult checked = row.get("organisation") == null ? null
                    : writeRow(caller, code, row, mapped, true, false, language);
            List<ImportReport.Problem> all = new ArrayList<>(csvProblems);
            if (checked != null) {
                all.addAll(checked.problems());
            }
            return invalid(row, all);
        }
        String sourceId = row.get("id");
        Optional<UUID> earlier = importRows.imported(code, sourceId);
        if (earlier.isPresent()) {
            return new ImportReport.RowResult(row.line(), sourceId, "ALREADY_IMPORTED", null, earlier.get(), List.of());
        }
        return writeRow(caller, code, row, mapped, dryRun, publish, language);
    }

    /** The row in one transaction, committed unless {@code dryRun}; refusals come back as an INVALID row. */
    private ImportReport.RowResult writeRow(Caller caller, String code, CatalogueCsv.Row row, RowMapper.Mapped mapped,
                                            boolean dryRun, boolean publish, String language) {
        String sourceId = row.get("id") == null ? "" : row.get("id");
        try {
            // Each row is retried on its own when it loses to another transaction; rows already done stay done.
            return contention.call(() -> transactions.executeWrite(status -> {
                Optional<UUID> existing = existingOrganisations.existing(code, mapped.organisation().businessId(),
                        mapped.organisation().name());
                UUID organisation = existing.orElseGet(() -> inColumns(RowMapper.ORGANISATION_COLUMNS,
                        () -> organisations.create(caller, mapped.organisation())));
                OpportunityDraft listing = withOrganisation(mapped.listing(), organisation);
                UUID opportunity = inColumns(RowMapper.LISTING_COLUMNS, () -> opportunities.createDraft(caller, listing));
                if (publish) {
                    inColumns(RowMapper.LISTING_COLUMNS, () -> {
                        opportunities.publish(caller, opportunity);
                        return opportunity;
                    });
                }
                importRows.record(code, sourceId, organisation, opportunity, clock.instant());
                if (dryRun) {
                    status.setRollbackOnly();
                }
                return new ImportReport.RowResult(row.line(), sourceId, dryRun ? "WOULD_CREATE" : "CREATED",
                        new ImportReport.OrganisationResult(existing.isPresent() ? "REUSE" : "CREATE",
                                mapped.organisation().name(), existing.isPresent() || !dryRun ? organisation : null),
                        dryRun ? null : opportunity, List.of());
            }));
        } catch (RowRefused refused) {
            return invalid(row, refused.errors.stream().map(e -> problem(e.code(), e.target(), language)).toList());
        }
    }

    /** In a dry run every row is rolled back: a new organisation named by several rows is created only once. */
    private static ImportReport.RowResult plannedOnce(ImportReport.RowResult r, Map<String, Long> planned) {
        if (r.organisation() == null || !r.organisation().action().equals("CREATE")) {
            return r;
        }
        String key = SearchText.normalise(r.organisation().name());
        if (planned.putIfAbsent(key, r.line()) == null) {
            return r;
        }
        return new ImportReport.RowResult(r.line(), r.sourceId(), r.status(),
                new ImportReport.OrganisationResult("REUSE", r.organisation().name(), null), null, r.problems());
    }

    private static OpportunityDraft withOrganisation(OpportunityDraft d, UUID organisation) {
        return new OpportunityDraft(organisation.toString(), d.type(), d.title(), d.summary(), d.description(),
                d.requirements(), d.compensation(), d.accessibility(), d.partnerOrganisationIds(), d.municipalityCodes(),
                d.targetGroups(), d.languages(), d.plainLanguage(), d.deliveryMode(), d.address(), d.validFrom(),
                d.validTo(), d.applicationDeadline(), d.hoursPerWeek(), d.capacityTotal(), d.capacityAvailable(),
                d.contact());
    }

    /** Runs a service call; its refusal is reported at the CSV columns (and rolls the row back). */
    private static <T> T inColumns(Map<String, String> columns, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException refused) {
            List<FieldError> errors = refused.details().isEmpty()
                    ? List.of(new FieldError(refused.code(), refused.target()))
                    : refused.details();
            throw new RowRefused(errors.stream().map(e -> new FieldError(e.code(),
                    e.target() == null ? null : columns.getOrDefault(e.target(), e.target()))).toList());
        }
    }

    private static ImportReport.RowResult invalid(CatalogueCsv.Row row, List<ImportReport.Problem> problems) {
        return new ImportReport.RowResult(row.line(), row.get("id"), "INVALID", null, null, problems);
    }

    private static ImportReport.Problem problem(ErrorCode code, String column, String language) {
        return new ImportReport.Problem(code.name(), column == null ? "" : column, Messages.message(code, language));
    }

    /** A row the services refused, with the problems at CSV columns. */
    private static final class RowRefused extends RuntimeException {
        private final List<FieldError> errors;

        RowRefused(List<FieldError> errors) {
            super("row refused", null, false, false);
            this.errors = errors;
        }
    }
}
