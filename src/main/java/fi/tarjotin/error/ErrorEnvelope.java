package fi.tarjotin.error;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The one shape of every error response: {@code {"error": {...}}}. */
@Serdeable
public record ErrorEnvelope(Body error) {

    /** The error itself; {@code target} and {@code details} are left out when they say nothing. */
    @Serdeable
    public record Body(String code, String message, String target, List<Detail> details) {
    }

    /** One problem with one field. */
    @Serdeable
    public record Detail(String code, String message, String target) {
    }
}
