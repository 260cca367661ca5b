package fi.tarjotin.municipality;

import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;
import fi.tarjotin.error.ValidationException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The municipalities known to the catalogue. Read on nearly every request that validates a listing, so
 * kept in memory for a few seconds; a municipality added on another instance shows up within that time.
 */
@Singleton
public class Municipalities {

    private static final Duration TTL = Duration.ofSeconds(10);

    private final MunicipalityRepository repository;
    private final Clock clock;
    private volatile Map<String, Municipality> byCode = Map.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    Municipalities(MunicipalityRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<Municipality> all() {
        return List.copyOf(cached().values()).stream()
                .sorted(java.util.Comparator.comparing(Municipality::code)).toList();
    }

    public Optional<Municipality> find(String code) {
        return Optional.ofNullable(cached().get(code));
    }

    public boolean exists(String code) {
        return cached().containsKey(code);
    }

    /** Checks a list of codes from a request; every unknown one is reported at its index. */
    public void requireKnown(Collection<String> codes, String target) {
        List<FieldError> errors = new ArrayList<>();
        int i = 0;
        for (String code : codes) {
            if (code == null || !exists(code)) {
                errors.add(new FieldError(ErrorCode.UNKNOWN_MUNICIPALITY, target + "[" + i + "]"));
            }
            i++;
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Forgets the cached list after this instance changed it. */
    public void refresh() {
        loadedAt = Instant.EPOCH;
    }

    private Map<String, Municipality> cached() {
        if (clock.instant().isAfter(loadedAt.plus(TTL))) {
            byCode = repository.findAllOrderByCode().stream()
                    .collect(Collectors.toUnmodifiableMap(Municipality::code, Function.identity()));
            loadedAt = clock.instant();
        }
        return byCode;
    }
}
