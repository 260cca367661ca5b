package fi.tarjotin.codes;

import fi.tarjotin.common.Page;
import fi.tarjotin.error.NotFoundException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller("/api/v1/codes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CodeListController {

    private final CodeLists codeLists;

    CodeListController(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @Get("/{list}")
    Page<CodeItem> list(String list) {
        return CodeList.byPathName(list).map(codeLists::items).map(Page::of).orElseThrow(NotFoundException::new);
    }
}
