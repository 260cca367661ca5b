package fi.tarjotin.archfixture.controller;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Seeded for ControllerVisibilityTest: a package-private controller, which the rule accepts. Never loaded. */
@Controller("/archfixture/hidden")
@Requires(property = "fi.tarjotin.archfixture.never")
class HiddenController {

    HiddenController() {
    }

    @Get
    String hello() {
        return "hidden";
    }
}
