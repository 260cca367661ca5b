package fi.tarjotin.subscription;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import fi.tarjotin.work.Backoff;
import fi.tarjotin.work.RetryAfter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

/**
 * Posts due notifications to their callbacks, on a schedule and on the blocking executor, never on the
 * event loop. Delivery is at least once: a 2xx ends a notification; anything else is tried again with
 * the shared {@link Backoff}, or after the receiver's {@code Retry-After} where that is longer; after the last
 * attempt it is given up. Time is the injected {@link Clock}, so tests move it instead of waiting.
 * The HTTP client (OkHttp) resolves hosts only through {@link CallbackUrlPolicy#addressesToConnect}, so it
 * connects to exactly the addresses that were checked, while TLS and the Host header keep the host's name.
 */
@Singleton
class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final DeliveryQueue queue;
    private final CallbackUrlPolicy callbacks;
    private final WebhookSettings settings;
    private final ExecutorService blocking;
    private final Clock clock;
    private final Backoff backoff;
    private final String owner = "instance-" + UUID.randomUUID();
    private final OkHttpClient http;
    private volatile Instant lastPurge = Instant.EPOCH;

    WebhookDispatcher(DeliveryQueue queue, CallbackUrlPolicy callbacks, WebhookSettings settings,
                      @Named(TaskExecutors.BLOCKING) ExecutorService blocking, Clock clock) {
        this.queue = queue;
        this.callbacks = callbacks;
        this.settings = settings;
        this.blocking = blocking;
        this.clock = clock;
        // Up to 20 % jitter, so that the retries of one burst of notifications spread out.
        this.backoff = new Backoff(settings.getInitialBackoff(), settings.getMaxBackoff(), 0.2);
        this.http = new OkHttpClient.Builder()
                .dns(callbacks::addressesToConnect)
                .connectTimeout(settings.getTimeout()).readTimeout(settings.getTimeout())
                .writeTimeout(settings.getTimeout()).callTimeout(settings.getTimeout())
                .followRedirects(false).followSslRedirects(false)
                // Our own backoff retries; the receiver is told of each attempt by X-Tarjotin-Delivery.
                .retryOnConnectionFailure(false)
                .protocols(List.of(Protocol.HTTP_1_1))
                .build();
    }

    @Scheduled(fixedDelay = "${tarjotin.webhooks.poll-interval:2s}", initialDelay = "${tarjotin.webhooks.initial-delay:10s}")
    void deliverDue() {
        try {
            Instant now = clock.instant();
            List<DeliveryQueue.Claimed> claimed = queue.claim(owner, settings.getBatchSize(), now,
                    now.plus(settings.getLease()));
            if (!claimed.isEmpty()) {
                List<Callable<Void>> work = claimed.stream().<Callable<Void>>map(d -> () -> {
                    deliver(d);
                    return null;
                }).toList();
                blocking.invokeAll(work);
            }
            if (lastPurge.isBefore(now.minus(Duration.ofHours(1)))) {
                lastPurge = now;
                queue.purgeFinished(now.minus(settings.getKeepFinished()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Webhook deliveries could not be processed this round: {}", e.toString());
        }
    }

    private void deliver(DeliveryQueue.Claimed d) {
        if (d.callbackUrl() == null || !Subscription.ACTIVE.equals(d.subscriptionStatus())) {
            queue.cancelled(d, owner, clock.instant());
            return;
        }
        URI callback = URI.create(d.callbackUrl());
        Request request = new Request.Builder().url(callback.toString())
                .header("User-Agent", "Tarjotin-Webhooks/1")
                .header("X-Tarjotin-Delivery", d.deliveryKey().toString())
                .post(RequestBody.create(d.payload().getBytes(StandardCharsets.UTF_8), JSON))
                .build();
        try {
            if (CallbackUrlPolicy.isIpLiteral(callback.getHost())) {
                // The client looks up names only: a literal is checked here (tests alone have them).
                callbacks.addressesToConnect(callback.getHost());
            }
            try (Response response = http.newCall(request).execute()) {
                int status = response.code();
                if (status >= 200 && status < 300) {
                    queue.delivered(d, owner, status, clock.instant());
                } else {
                    failed(d, status, "receiver answered " + status, Optional.ofNullable(response.header("Retry-After")));
                }
            }
        } catch (CallbackUrlPolicy.InternalAddressException e) {
            failed(d, null, e.getMessage(), Optional.empty());
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                // Shutting down: the lease expires and another round or instance takes the notification up again.
                return;
            }
            failed(d, null, "receiver not reachable: " + e.getClass().getSimpleName(), Optional.empty());
        }
    }

    private void failed(DeliveryQueue.Claimed d, Integer status, String error, Optional<String> retryAfter) {
        Instant now = clock.instant();
        int attemptsSoFar = d.attempts() + 1;
        Instant retryAt = attemptsSoFar >= settings.getMaxAttempts() ? null : now.plus(backoff.after(attemptsSoFar,
                retryAfter.flatMap(header -> RetryAfter.parse(header, now, settings.getMaxRetryAfter()))));
        queue.failed(d, owner, status, error, retryAt, settings.getDisableAfterFailures(), now);
    }
}
