package fi.tarjotin.subscription;

import fi.tarjotin.access.Caller;
import fi.tarjotin.common.Page;
import fi.tarjotin.common.PublicLinks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;
import java.util.UUID;

/**
 * Webhook subscriptions of the connector's triggers. Power Automate posts to a trigger's address when a
 * flow is turned on and calls DELETE on the returned {@code Location} when it is turned off or deleted.
 */
@Controller("/api/v1/subscriptions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SubscriptionController {

    private final SubscriptionService service;
    private final PublicLinks links;

    SubscriptionController(SubscriptionService service, PublicLinks links) {
        this.service = service;
        this.links = links;
    }

    @Post
    HttpResponse<SubscriptionView> subscribe(Caller caller, HttpRequest<?> request,
                                             @Nullable @Body SubscriptionRequest body) {
        return created(request, service.subscribe(caller, body, null));
    }

    @Post("/opportunity-published")
    HttpResponse<SubscriptionView> onPublished(Caller caller, HttpRequest<?> request,
                                               @Nullable @Body SubscriptionRequest body) {
        return created(request, service.subscribe(caller, body, WebhookEvent.OPPORTUNITY_PUBLISHED));
    }

    @Post("/opportunity-changed")
    HttpResponse<SubscriptionView> onChanged(Caller caller, HttpRequest<?> request,
                                             @Nullable @Body SubscriptionRequest body) {
        return created(request, service.subscribe(caller, body, WebhookEvent.OPPORTUNITY_CHANGED));
    }

    @Post("/opportunity-expiring")
    HttpResponse<SubscriptionView> onExpiring(Caller caller, HttpRequest<?> request,
                                              @Nullable @Body SubscriptionRequest body) {
        return created(request, service.subscribe(caller, body, WebhookEvent.OPPORTUNITY_EXPIRING));
    }

    @Get
    Page<SubscriptionView> list(Caller caller, HttpRequest<?> request, @Nullable @QueryValue String status,
                                @Nullable @QueryValue Integer top, @Nullable @QueryValue String cursor) {
        SubscriptionService.Slice slice = service.list(caller, status, top, cursor);
        String nextLink = slice.next() == null ? null
                : links.withQuery(request, Map.of("cursor", slice.next().encode()));
        return new Page<>(slice.items(), nextLink, null);
    }

    @Get("/{id}")
    SubscriptionView get(Caller caller, UUID id) {
        return service.get(caller, id);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void unsubscribe(Caller caller, UUID id) {
        service.unsubscribe(caller, id);
    }

    private HttpResponse<SubscriptionView> created(HttpRequest<?> request, SubscriptionView view) {
        return HttpResponse.created(view, links.to(request, "/api/v1/subscriptions/" + view.id()));
    }
}
