package fi.tarjotin.common;

import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;
import fi.tarjotin.error.Violations;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a wire record against its Bean Validation constraints and reports one error per field, in the order
 * the record declares its fields, so that they merge with the checks a rules class makes itself (a code that
 * must exist in a table) into one list a form can follow.
 */
@Singleton
public class WireRules {

    private final Validator validator;

    WireRules(Validator validator) {
        this.validator = validator;
    }

    /** The broken constraints of {@code wire}, each at {@code prefix.field}; empty where there are none. */
    public List<FieldError> check(Object wire, String prefix) {
        if (wire == null) {
            return List.of();
        }
        Map<String, FieldError> byTarget = new LinkedHashMap<>();
        // A value too long is reported as that, not also as malformed: the length is the first thing to fix.
        validator.validate(wire).stream()
                .map(v -> Violations.toFieldError(v, ""))
                .sorted(Comparator.comparing((FieldError e) -> e.code() == ErrorCode.INVALID_LENGTH ? 0 : 1))
                .forEach(e -> byTarget.putIfAbsent(e.target(), e));
        return inDeclarationOrder(wire.getClass(), new ArrayList<>(byTarget.values())).stream()
                .map(e -> prefix.isEmpty() ? e : new FieldError(e.code(), prefix + "." + e.target()))
                .toList();
    }

    /** The errors in the order {@code type} declares the fields they name; a stable sort. */
    public static List<FieldError> inDeclarationOrder(Class<?> type, List<FieldError> errors) {
        List<FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing((FieldError e) -> order(type, e.target()), WireRules::compare));
        return sorted;
    }

    /** Where each segment of a path stands among its record's components (nested records followed). */
    static List<Integer> order(Class<?> type, String path) {
        List<Integer> positions = new ArrayList<>();
        Class<?> current = type;
        for (String segment : path.split("\\.")) {
            String name = segment.replaceAll("\\[.*", "");
            RecordComponent[] components = current == null ? null : current.getRecordComponents();
            int position = Integer.MAX_VALUE;
            Class<?> next = null;
            for (int i = 0; components != null && i < components.length; i++) {
                if (components[i].getName().equals(name)) {
                    position = i;
                    next = components[i].getType();
                }
            }
            positions.add(position);
            current = next;
        }
        return positions;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
