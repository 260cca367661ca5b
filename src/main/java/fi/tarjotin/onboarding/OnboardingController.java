package fi.tarjotin.onboarding;

import fi.tarjotin.access.Caller;
import fi.tarjotin.common.PublicLinks;
import fi.tarjotin.error.Messages;
import fi.tarjotin.idempotency.IdempotentRequests;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

@Controller("/api/v1/admin/municipalities/{code}/onboarding")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OnboardingController {

    private final OnboardingService onboarding;
    private final PublicLinks links;
    private final IdempotentRequests idempotency;

    OnboardingController(OnboardingService onboarding, PublicLinks links, IdempotentRequests idempotency) {
        this.onboarding = onboarding;
        this.links = links;
        this.idempotency = idempotency;
    }

    /**
     * 202: what was agreed is stored; the directory steps go on in the background. A repeat with the same
     * {@code Idempotency-Key} (Power Automate retries) answers the onboarding as it is now, changing nothing.
     */
    @Post
    HttpResponse<OnboardingView> onboard(Caller caller, HttpRequest<?> request, String code,
                                         @Body OnboardingRequest body,
                                         @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        String language = Messages.languageOf(request);
        IdempotentRequests.Outcome<OnboardingView> outcome = idempotency.create(caller, idempotencyKey,
                new KeyedRequest(code, body), () -> onboarding.onboard(caller, code, body, language),
                view -> subjectId(code), id -> onboarding.get(caller, code, language));
        var response = HttpResponse.<OnboardingView>status(HttpStatus.ACCEPTED).body(outcome.value())
                .header("Location", links.to(request, "/api/v1/admin/municipalities/" + code + "/onboarding").toString());
        return outcome.replayed() ? response.header("Idempotent-Replayed", "true") : response;
    }

    /** The onboarding's id among remembered keys: a municipality has one onboarding, named by its code. */
    private static UUID subjectId(String code) {
        return UUID.nameUUIDFromBytes(("MUNICIPALITY:" + code).getBytes(StandardCharsets.UTF_8));
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

    /** What a key is remembered for: one municipality's onboarding with one body (the same key elsewhere is refused). */
    @Serdeable
    record KeyedRequest(String code, OnboardingRequest request) {
    }

    /** What the administrator's work produced: the object id of the invited user, where the step made one. */
    @Serdeable
    record StepCompletion(@Nullable String objectId) {
    }
}
