package fi.tarjotin.subscription;

import fi.tarjotin.work.Attempt;
import fi.tarjotin.work.Backoff;
import fi.tarjotin.work.QueuedWork;
import fi.tarjotin.work.WorkPolicy;
import fi.tarjotin.work.WorkQueue;
import jakarta.inject.Singleton;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Posts due notifications to their callbacks, as queued work of the background-work engine (which claims
 * them, runs this on the blocking executor and records the outcome). Delivery is at least once: a 2xx ends a
 * notification; anything else is tried again with the engine's {@link Backoff}, or after the receiver's
 * {@code Retry-After} where that is longer; after the last attempt it is given up.
 * The HTTP client (OkHttp) resolves hosts only through {@link CallbackUrlPolicy#addressesToConnect}, so it
 * connects to exactly the addresses that were checked, while TLS and the Host header keep the host's name.
 */
@Singleton
class WebhookDispatcher implements QueuedWork<DeliveryStore.Claimed> {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final DeliveryStore deliveries;
    private final CallbackUrlPolicy callbacks;
    private final WorkPolicy policy;
    private final OkHttpClient http;

    WebhookDispatcher(DeliveryStore deliveries, CallbackUrlPolicy callbacks, WebhookSettings settings) {
        this.deliveries = deliveries;
        this.callbacks = callbacks;
        // Up to 20 % jitter, so that the retries of one burst of notifications spread out; one receiver's
        // slowness must not hold up the others, so a batch is posted in parallel.
        this.policy = new WorkPolicy(settings.getInitialDelay(), settings.getPollInterval(), settings.getBatchSize(), settings.getLease(),
                settings.getMaxAttempts(), new Backoff(settings.getInitialBackoff(), settings.getMaxBackoff(), 0.2),
                settings.getMaxRetryAfter(), true);
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

    @Override
    public String name() {
        return "webhook-delivery";
    }

    @Override
    public WorkQueue<DeliveryStore.Claimed> queue() {
        return deliveries;
    }

    @Override
    public WorkPolicy policy() {
        return policy;
    }

    @Override
    public Attempt perform(DeliveryStore.Claimed d) {
        if (!d.active()) {
            return Attempt.rejected("subscription not active", null);
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
                return status >= 200 && status < 300 ? Attempt.done(null, status)
                        : Attempt.failed("receiver answered " + status, status, response.header("Retry-After"));
            }
        } catch (CallbackUrlPolicy.InternalAddressException e) {
            return Attempt.failed(e.getMessage(), null, null);
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                // Shutting down: the lease expires and another round or instance takes the notification up again.
                return Attempt.abandoned();
            }
            return Attempt.failed("receiver not reachable: " + e.getClass().getSimpleName(), null, null);
        }
    }
}
