package fi.tarjotin.error;

/** One problem with one field of a request: a machine code and the path of the field. */
public record FieldError(ErrorCode code, String target) {
}
