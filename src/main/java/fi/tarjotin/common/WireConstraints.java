package fi.tarjotin.common;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The formats of wire fields as Bean Validation constraints, each deciding by the one rule the service has for it
 * ({@link PostalCode}, {@link Formats}). A constraint's message is the {@link fi.tarjotin.error.ErrorCode} it
 * answers with. A null value passes: whether a field is required is said with {@code @NotBlank}. Surrounding
 * spaces are not part of a value (the service strips them), so a body checked with {@code @Valid} before it is
 * stripped gets the same answer as one a rules class strips first.
 */
@Factory
public class WireConstraints {

    /** A Finnish postal code, see {@link PostalCode}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Constraint(validatedBy = {})
    public @interface PostalCodeFormat {
        String message() default "INVALID_VALUE";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** An e-mail address, see {@link Formats#isEmail}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Constraint(validatedBy = {})
    public @interface EmailFormat {
        String message() default "INVALID_EMAIL";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** A phone number, see {@link Formats#isPhone}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Constraint(validatedBy = {})
    public @interface PhoneFormat {
        String message() default "INVALID_PHONE";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** An http(s) address, see {@link Formats#isHttpUrl}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Constraint(validatedBy = {})
    public @interface HttpUrlFormat {
        String message() default "INVALID_URL";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** A GUID in its 8-4-4-4-12 form, see {@link Guids#parse}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Constraint(validatedBy = {})
    public @interface GuidFormat {
        String message() default "INVALID_UUID";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Singleton
    ConstraintValidator<GuidFormat, CharSequence> guid() {
        return (value, annotation, context) -> value == null || Guids.parse(value.toString().strip()).isPresent();
    }

    @Singleton
    ConstraintValidator<PostalCodeFormat, CharSequence> postalCode() {
        return (value, annotation, context) -> value == null || PostalCode.isValid(value);
    }

    @Singleton
    ConstraintValidator<EmailFormat, CharSequence> email() {
        return (value, annotation, context) -> value == null || Formats.isEmail(value.toString().strip());
    }

    @Singleton
    ConstraintValidator<PhoneFormat, CharSequence> phone() {
        return (value, annotation, context) -> value == null || Formats.isPhone(value.toString().strip());
    }

    @Singleton
    ConstraintValidator<HttpUrlFormat, CharSequence> httpUrl() {
        return (value, annotation, context) -> value == null || Formats.isHttpUrl(value.toString().strip());
    }
}
