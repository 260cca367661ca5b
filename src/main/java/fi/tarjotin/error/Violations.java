package fi.tarjotin.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one reading of a Bean Validation violation as a field error: its code and the field path as the client
 * wrote it. Used for violations raised at a controller and for those a rules class collects itself.
 */
public final class Violations {

    private Violations() {
    }

    /**
     * One error per field of a {@code type} record, in the order it declares its fields (nested records followed),
     * so that they merge with the checks a rules class makes itself into one list a form can follow. A value too
     * long is reported as that, not also as malformed: the length is the first thing to fix.
     */
    public static List<FieldError> toFieldErrors(Collection<? extends ConstraintViolation<?>> violations,
                                                 Class<?> type) {
        Map<String, FieldError> byTarget = new LinkedHashMap<>();
        violations.stream()
                .map(v -> toFieldError(v, ""))
                .sorted(Comparator.comparing((FieldError e) -> e.code() == ErrorCode.INVALID_LENGTH ? 0 : 1))
                .forEach(e -> byTarget.putIfAbsent(e.target(), e));
        return inDeclarationOrder(type, new ArrayList<>(byTarget.values()));
    }

    /** The errors in the order {@code type} declares the fields they name; a stable sort. */
    public static List<FieldError> inDeclarationOrder(Class<?> type, List<FieldError> errors) {
        List<FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing((FieldError e) -> order(type, e.target()), Violations::compare));
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

    public static FieldError toFieldError(ConstraintViolation<?> violation, String prefix) {
        String target = targetOf(violation);
        return new FieldError(codeOf(violation), prefix.isEmpty() ? target : prefix + "." + target);
    }

    /** A constraint's message names its code where it is one ({@code message = "INVALID_URL"}). */
    static ErrorCode codeOf(ConstraintViolation<?> violation) {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.name().equals(violation.getMessageTemplate())) {
                return code;
            }
        }
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> ErrorCode.REQUIRED;
            case "Size" -> ErrorCode.INVALID_LENGTH;
            case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax", "Digits" ->
                    ErrorCode.OUT_OF_RANGE;
            case "Email" -> ErrorCode.INVALID_EMAIL;
            default -> ErrorCode.INVALID_VALUE;
        };
    }

    /** The field path as the client wrote it: method and parameter names of the controller are dropped. */
    static String targetOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.PARAMETER || kind == ElementKind.RETURN_VALUE) {
                if (kind == ElementKind.PARAMETER && !"body".equals(node.getName())
                        && !node.getName().startsWith("arg")) {
                    parts.add(node.getName());
                }
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]";
            } else if (node.getKey() != null) {
                name = name + "." + node.getKey();
            }
            if (!name.isEmpty()) {
                parts.add(name);
            }
        }
        return String.join(".", parts);
    }
}
