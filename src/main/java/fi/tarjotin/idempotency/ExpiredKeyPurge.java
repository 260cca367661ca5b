package fi.tarjotin.idempotency;

import fi.tarjotin.work.ScheduledJob;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;

/** Hourly, on one instance: forgets idempotency keys older than their 24 hours. */
@Singleton
class ExpiredKeyPurge implements ScheduledJob {

    private final IdempotentRequests requests;

    ExpiredKeyPurge(IdempotentRequests requests) {
        this.requests = requests;
    }

    @Override
    public String name() {
        return "idempotency-key-purge";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run(Instant now) {
        requests.forgetExpired();
    }
}
