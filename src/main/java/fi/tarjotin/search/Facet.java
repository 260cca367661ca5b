package fi.tarjotin.search;

import java.util.Arrays;
import java.util.Optional;

/** The filter dimensions a search can count listings by, named as the API's query parameters. */
public enum Facet {
    TYPE("type"), TARGET_GROUP("targetGroup"), LANGUAGE("language"), MUNICIPALITY("municipality"),
    DELIVERY_MODE("deliveryMode");

    private final String parameter;

    Facet(String parameter) {
        this.parameter = parameter;
    }

    /** The query parameter, as in {@code facets=type,targetGroup}. */
    public String parameter() {
        return parameter;
    }

    /** The facet a parameter names, if any. */
    public static Optional<Facet> of(String parameter) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(parameter)).findFirst();
    }

    String field() {
        return "code_" + parameter;
    }
}
