package fi.tarjotin.subscription;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Posts due notifications to their callbacks, on a schedule and on the blocking executor, never on the
 * event loop. Delivery is at least once: a 2xx ends a notification; anything else is tried again with
 * exponential backoff, or after the receiver's {@code Retry-After}; after the last attempt it is given up.
 */
@Singleton
class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final DeliveryQueue queue;
    private final CallbackUrlPolicy callbacks;
    private final WebhookSettings settings;
    private final ExecutorService blocking;
    private final String owner = "instance-" + UUID.randomUUID();
    private final HttpClient http;
    private volatile Instant lastPurge = Instant.EPOCH;

    WebhookDispatcher(DeliveryQueue queue, CallbackUrlPolicy callbacks, WebhookSettings settings,
                      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.queue = queue;
        this.callbacks = callbacks;
        this.settings = settings;
        this.blocking = blocking;
        this.http = HttpClient.newBuilder().connectTimeout(settings.getTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Scheduled(fixedDelay = "${tarjotin.webhooks.poll-interval:2s}", initialDelay = "${tarjotin.webhooks.initial-delay:10s}")
    void deliverDue() {
        try {
            Instant now = Instant.now();
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
            queue.cancelled(d, owner, Instant.now());
            return;
        }
        URI callback = URI.create(d.callbackUrl());
        if (!callbacks.resolvesToPublicAddresses(callback)) {
            failed(d, null, "callback host does not resolve to a public address", Optional.empty());
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(callback)
                .timeout(settings.getTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Tarjotin-Webhooks/1")
                .header("X-Tarjotin-Delivery", d.deliveryKey())
                .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                queue.delivered(d, owner, status, Instant.now());
            } else {
                failed(d, status, "receiver answered " + status, response.headers().firstValue("Retry-After"));
            }
        } catch (IOException e) {
            failed(d, null, "receiver not reachable: " + e.getClass().getSimpleName(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // The lease expires and another round or instance takes the notification up again.
        }
    }

    private void failed(DeliveryQueue.Claimed d, Integer status, String error, Optional<String> retryAfter) {
        Instant now = Instant.now();
        int attemptsSoFar = d.attempts() + 1;
        Instant retryAt = attemptsSoFar >= settings.getMaxAttempts() ? null
                : now.plus(retryAfter.flatMap(this::retryAfter).orElseGet(() -> backoff(attemptsSoFar)));
        queue.failed(d, owner, status, error, retryAt == null ? null : retryAt.truncatedTo(ChronoUnit.MILLIS),
                settings.getDisableAfterFailures(), now);
    }

    /** initial × 2^(n−1), at most the configured maximum, with up to 20 % jitter so retries spread out. */
    private Duration backoff(int failedAttempts) {
        long initial = settings.getInitialBackoff().toMillis();
        long max = settings.getMaxBackoff().toMillis();
        long delay = initial << Math.min(failedAttempts - 1, 30);
        delay = delay <= 0 || delay > max ? max : delay;
        return Duration.ofMillis(delay + ThreadLocalRandom.current().nextLong(delay / 5 + 1));
    }

    /** The receiver's Retry-After in seconds or as an HTTP date, capped so a receiver cannot park us forever. */
    private Optional<Duration> retryAfter(String header) {
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(Instant.now(),
                        ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(wait.compareTo(settings.getMaxRetryAfter()) > 0 ? settings.getMaxRetryAfter() : wait);
    }
}
