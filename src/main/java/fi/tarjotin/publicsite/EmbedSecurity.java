package fi.tarjotin.publicsite;

import fi.tarjotin.municipality.MunicipalityFacts;
import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of the embed pages: nothing may run as script, the only style is our own
 * stylesheet (allowed by its hash, so it can be inlined and the page needs no second request), forms post
 * only back here, and only the web sites a municipality registered in its onboarding may frame its pages.
 * With none registered, only this service itself may frame them.
 */
@Singleton
class EmbedSecurity {

    // Origins were checked when registered; checked again here because they go into a header verbatim.
    private static final Pattern ORIGIN = Pattern.compile("^https://[a-z0-9.-]{1,253}(:[0-9]{1,5})?$");

    private final MunicipalityFacts municipalities;
    private final String css;
    private final String styleHash;

    EmbedSecurity(MunicipalityFacts municipalities, ResourceResolver resources) {
        this.municipalities = municipalities;
        try (InputStream in = resources.getResourceAsStream("classpath:publicsite/embed.css").orElseThrow()) {
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            this.styleHash = "'sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8))) + "'";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stylesheet every embed page inlines. */
    String css() {
        return css;
    }

    /** The policy for a page of this municipality (or for a page of none, such as the statement). */
    String policy(String municipalityCode) {
        List<String> ancestors = new ArrayList<>();
        ancestors.add("'self'");
        if (municipalityCode != null) {
            ancestors.addAll(origins(municipalityCode));
        }
        return "default-src 'none'; style-src " + styleHash + "; img-src 'self'; form-action 'self'; "
                + "base-uri 'none'; frame-ancestors " + String.join(" ", ancestors);
    }

    List<String> origins(String municipalityCode) {
        return municipalities.websiteOrigins(municipalityCode).stream()
                .filter(origin -> ORIGIN.matcher(origin).matches()).toList();
    }
}
