package fi.tarjotin.error;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

/**
 * Every machine code the service answers, in the error envelope ({@code error.code}, {@code details[].code}),
 * in an import report or as the message of a directory step. The name is the wire value and the key of the
 * sentence in {@code i18n/messages*.properties}. {@link #status()} is the HTTP status the code answers with
 * when it is the envelope's own code; it is empty for codes that only name a field's problem (they travel
 * as details under 422 {@link #VALIDATION_FAILED}, or in an import report) or a directory step's state.
 */
public enum ErrorCode {

    // The request as a whole
    INVALID_REQUEST(HttpStatus.BAD_REQUEST),
    INVALID_JSON(HttpStatus.BAD_REQUEST),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED),
    FORBIDDEN(HttpStatus.FORBIDDEN),
    APP_ONLY_READS(HttpStatus.FORBIDDEN),
    CLIENT_APP_NOT_ALLOWED(HttpStatus.UNAUTHORIZED),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),
    PAYLOAD_TOO_LARGE(HttpStatus.REQUEST_ENTITY_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    VALIDATION_FAILED(HttpStatus.UNPROCESSABLE_ENTITY),
    VERSION_CONFLICT(HttpStatus.PRECONDITION_FAILED),
    VERSION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED),
    INVALID_STATUS_TRANSITION(HttpStatus.CONFLICT),
    ONLY_DRAFT_DELETABLE(HttpStatus.CONFLICT),
    DUPLICATE(null),
    DUPLICATE_MEMBER(HttpStatus.CONFLICT),
    DUPLICATE_COORDINATOR(HttpStatus.CONFLICT),
    DUPLICATE_MUNICIPALITY(HttpStatus.CONFLICT),
    IDEMPOTENCY_KEY_REUSED(null),
    INVALID_CURSOR(HttpStatus.BAD_REQUEST),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR),

    // One field or parameter; 400 when it is a query parameter or header, a detail of 422 in a body
    REQUIRED(HttpStatus.BAD_REQUEST),
    INVALID_LENGTH(HttpStatus.BAD_REQUEST),
    OUT_OF_RANGE(HttpStatus.BAD_REQUEST),
    INVALID_EMAIL(null),
    INVALID_VALUE(HttpStatus.BAD_REQUEST),
    INVALID_DATE(HttpStatus.BAD_REQUEST),
    INVALID_DATE_RANGE(HttpStatus.BAD_REQUEST),
    UNKNOWN_CODE(HttpStatus.BAD_REQUEST),
    UNKNOWN_MUNICIPALITY(HttpStatus.BAD_REQUEST),
    UNKNOWN_ORGANISATION(null),
    INVALID_BUSINESS_ID(null),
    INVALID_REGISTER_NUMBER(null),
    INVALID_URL(null),
    INVALID_PHONE(null),
    INVALID_UUID(HttpStatus.BAD_REQUEST),
    INVALID_ID(HttpStatus.BAD_REQUEST),
    INVALID_MUNICIPALITY_CODE(HttpStatus.BAD_REQUEST),
    CAPACITY_EXCEEDS_TOTAL(null),
    OUT_OF_SCOPE(HttpStatus.FORBIDDEN),

    // Organisations
    DUPLICATE_BUSINESS_ID(HttpStatus.CONFLICT),

    // Subscriptions (Power Automate triggers)
    CALLBACK_URL_NOT_ALLOWED(HttpStatus.BAD_REQUEST),
    TOO_MANY_SUBSCRIPTIONS(HttpStatus.CONFLICT),

    // Onboarding, invitations and their directory steps
    INVALID_ORIGIN(null),
    DIRECTORY_NOT_CONFIGURED(null),
    DIRECTORY_THROTTLED(null),
    DIRECTORY_UNAVAILABLE(null),
    DIRECTORY_PERMISSION_MISSING(null),
    DIRECTORY_REQUEST_REFUSED(null),
    DIRECTORY_UNEXPECTED_RESPONSE(null),
    DIRECTORY_GROUP_NOT_OWNED(null),
    DIRECTORY_ALREADY_EXISTS(null),
    STEP_UNKNOWN(null),
    STEP_ERROR(null),
    STEP_RESULT_MISSING(null),
    STEP_PERSON_ERASED(null),
    STEP_COMPLETED_BY_HAND(null),
    STEP_ALREADY_DONE(HttpStatus.CONFLICT),
    STEP_NOT_FAILED(HttpStatus.CONFLICT),

    // Cost sharing, catalogue import and reports
    INVALID_AMOUNT(HttpStatus.BAD_REQUEST),
    INVALID_CSV(null),
    MISSING_COLUMN(null),
    DUPLICATE_SOURCE_ID(null),
    UNSUPPORTED_FORMAT(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    ErrorCode(@Nullable HttpStatus status) {
        this.status = status;
    }

    /** The status answered when this is the envelope's own code; null for field-only and step codes. */
    public @Nullable HttpStatus status() {
        return status;
    }
}
