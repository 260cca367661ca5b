package fi.tarjotin.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.List;

/**
 * The one reading of a Bean Validation violation as a field error: its code and the field path as the client
 * wrote it. Used for violations raised at a controller and for those a rules class collects itself.
 */
public final class Violations {

    private Violations() {
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
