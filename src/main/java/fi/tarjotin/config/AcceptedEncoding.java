package fi.tarjotin.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Which compression a request's {@code Accept-Encoding} allows, among the two that every HTTP client decodes:
 * gzip (also for {@code *}) or deflate; anything else (br, zstd, snappy) is answered uncompressed.
 */
final class AcceptedEncoding {

    static final String GZIP = "gzip";
    static final String DEFLATE = "deflate";

    private AcceptedEncoding() {
    }

    /** The coding to answer in, or empty for identity. Gzip wins a tie: it is what {@code *} stands for. */
    static Optional<String> choose(Iterable<String> headerValues) {
        float gzip = -1;
        float deflate = -1;
        float any = -1;
        for (String value : headerValues) {
            for (String entry : value.split(",")) {
                String[] parts = entry.split(";");
                String coding = parts[0].strip().toLowerCase(Locale.ROOT);
                float q = quality(parts);
                switch (coding) {
                    case GZIP, "x-gzip" -> gzip = Math.max(gzip, q);
                    case DEFLATE -> deflate = Math.max(deflate, q);
                    case "*" -> any = Math.max(any, q);
                    default -> {
                        // Not offered: other codings are not decoded by every client.
                    }
                }
            }
        }
        float gzipWeight = gzip >= 0 ? gzip : any;
        if (gzipWeight > 0 && gzipWeight >= deflate) {
            return Optional.of(GZIP);
        }
        return deflate > 0 ? Optional.of(DEFLATE) : Optional.empty();
    }

    private static float quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                try {
                    float q = Float.parseFloat(parameter.substring(2).strip());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException malformed) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
