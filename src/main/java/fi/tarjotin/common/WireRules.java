package fi.tarjotin.common;

import fi.tarjotin.error.FieldError;
import fi.tarjotin.error.Violations;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.util.List;

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
        return Violations.toFieldErrors(validator.validate(wire), wire.getClass()).stream()
                .map(e -> prefix.isEmpty() ? e : new FieldError(e.code(), prefix + "." + e.target()))
                .toList();
    }

    /** The errors in the order {@code type} declares the fields they name; a stable sort. */
    public static List<FieldError> inDeclarationOrder(Class<?> type, List<FieldError> errors) {
        return Violations.inDeclarationOrder(type, errors);
    }
}
