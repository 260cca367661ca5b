package fi.tarjotin.importing;

import fi.tarjotin.access.Caller;
import fi.tarjotin.common.QueryFlag;
import fi.tarjotin.error.Messages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Upload of a municipality's existing catalogue as CSV ({@code Content-Type: text/csv}); admins only. */
@Controller("/api/v1/admin/municipalities/{code}/imports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportController {

    private final CatalogueImport imports;

    ImportController(CatalogueImport imports) {
        this.imports = imports;
    }

    @Post
    @Consumes("text/csv")
    ImportReport upload(Caller caller, HttpRequest<?> request, String code, @Body String csv,
                        @Nullable @QueryValue String dryRun, @Nullable @QueryValue String publish) {
        // Read here, not bound as boolean: Micronaut takes any other text as false, and dryRun=maybe would save.
        return imports.run(caller, code, csv, QueryFlag.of(dryRun, "dryRun"), QueryFlag.of(publish, "publish"),
                Messages.languageOf(request));
    }
}
