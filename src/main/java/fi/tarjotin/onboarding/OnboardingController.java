package fi.tarjotin.onboarding;

import fi.tarjotin.access.Caller;
import fi.tarjotin.common.PublicLinks;
import fi.tarjotin.error.Messages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

@Controller("/api/v1/admin/municipalities/{code}/onboarding")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OnboardingController {

    private final OnboardingService onboarding;
    private final PublicLinks links;

    OnboardingController(OnboardingService onboarding, PublicLinks links) {
        this.onboarding = onboarding;
        this.links = links;
    }

    /** 202: what was agreed is stored; the directory steps go on in the background. */
    @Post
    HttpResponse<OnboardingView> onboard(Caller caller, HttpRequest<?> request, String code,
                                         @Body OnboardingRequest body) {
        OnboardingView view = onboarding.onboard(caller, code, body, Messages.languageOf(request));
        return HttpResponse.<OnboardingView>status(HttpStatus.ACCEPTED).body(view)
                .header("Location", links.to(request, "/api/v1/admin/municipalities/" + code + "/onboarding").toString());
    }

    @Get
    OnboardingView get(Caller caller, HttpRequest<?> request, String code) {
        return onboarding.get(caller, code, Messages.languageOf(request));
    }

    /** An administrator did a step's work by hand (in the Entra admin centre, say). */
    @Post("/steps/{name}/complete")
    OnboardingView complete(Caller caller, HttpRequest<?> request, String code, String name,
                            @Nullable @Body StepCompletion body) {
        return onboarding.completeStep(caller, code, name, body == null ? null : body.objectId(),
                Messages.languageOf(request));
    }

    @Post("/steps/{name}/retry")
    OnboardingView retry(Caller caller, HttpRequest<?> request, String code, String name) {
        return onboarding.retryStep(caller, code, name, Messages.languageOf(request));
    }

    /** What the administrator's work produced: the object id of the invited user, where the step made one. */
    @Serdeable
    record StepCompletion(@Nullable String objectId) {
    }
}
