package fi.tarjotin.codes;

import fi.tarjotin.common.LocalisedText;
import io.micronaut.serde.annotation.Serdeable;

/** One entry of a code list: the code the API speaks and its label for people. */
@Serdeable
public record CodeItem(String code, LocalisedText label) {
}
