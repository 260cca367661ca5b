package fi.tarjotin.common;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a PATCH route that takes a JSON merge patch: it reads the standard {@code application/merge-patch+json}
 * (RFC 7396) as well as plain {@code application/json}, which Power Platform sends.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Consumes({MediaType.APPLICATION_JSON, AcceptsMergePatch.MEDIA_TYPE})
public @interface AcceptsMergePatch {

    /** The media type of a JSON merge patch. */
    String MEDIA_TYPE = "application/merge-patch+json";
}
