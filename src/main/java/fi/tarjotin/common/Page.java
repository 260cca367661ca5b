package fi.tarjotin.common;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The list shape of every collection: items under {@code value}, {@code nextLink} while more follow, and the
 * cursor of that link alone as {@code nextCursor}: Power Apps ignores {@code x-ms-pageable}, so a canvas app
 * pages by passing {@code nextCursor} back as {@code cursor} instead of taking the link apart.
 */
@Serdeable
public record Page<T>(List<T> value, @Nullable String nextLink, @Nullable String nextCursor, @Nullable Long count) {

    @Creator
    public Page {
    }

    /** A page whose {@code nextCursor} is the {@code cursor} parameter of its {@code nextLink}. */
    public Page(List<T> value, @Nullable String nextLink, @Nullable Long count) {
        this(value, nextLink, cursorOf(nextLink), count);
    }

    public static <T> Page<T> of(List<T> value) {
        return new Page<>(value, null, null, null);
    }

    private static @Nullable String cursorOf(@Nullable String link) {
        if (link == null) {
            return null;
        }
        String query = URI.create(link).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("cursor=")) {
                return URLDecoder.decode(pair.substring("cursor=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
