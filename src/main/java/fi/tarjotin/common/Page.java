package fi.tarjotin.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The list shape of every collection: items under {@code value}, {@code nextLink} while more follow. */
@Serdeable
public record Page<T>(List<T> value, @Nullable String nextLink, @Nullable Long count) {

    public static <T> Page<T> of(List<T> value) {
        return new Page<>(value, null, null);
    }
}
