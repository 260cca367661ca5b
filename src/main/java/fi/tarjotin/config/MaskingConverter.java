package fi.tarjotin.config;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/** The logback conversion word {@code %masked(...)}: the wrapped output with personal data removed. */
public class MaskingConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return PersonalDataMask.mask(in);
    }
}
