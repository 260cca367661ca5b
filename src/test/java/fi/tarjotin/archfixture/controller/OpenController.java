package fi.tarjotin.archfixture.controller;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Seeded for ControllerVisibilityTest: a public controller with a public constructor. Never loaded. */
@Controller("/archfixture/open")
@Requires(property = "fi.tarjotin.archfixture.never")
public class OpenController {

    /** Visible outside the package, which the rule forbids. */
    public OpenController() {
    }

    @Get
    String hello() {
        return "open";
    }
}
