package fi.tarjotin.directory;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/** Does the steps of one subject type; the worker calls it for every claimed step of that type. */
public interface StepHandler {

    /** The {@code subject_type} this handler serves, e.g. {@code MUNICIPALITY}. */
    String subjectType();

    /**
     * Does the step's work outside any database transaction; it must be safe to repeat. Returns what the
     * step produced (an object id) or null. {@code results} are the results of the subject's steps by name.
     */
    @Nullable
    String perform(DirectoryStep step, Map<String, String> results);

    /**
     * Records the step's local consequences, in the transaction that marks it done; also when an
     * administrator marks it done by hand, with the result they gave.
     */
    default void completed(DirectoryStep step, @Nullable String result, Map<String, String> results) {
    }
}
