package fi.tarjotin.config;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import fi.tarjotin.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalDataMaskTest {

    @Test
    void masksEmailsPhonesAndTokensButKeepsIdsDatesAndCounts() {
        String token = TestTokens.v2().sign();
        String masked = PersonalDataMask.mask("Saija Ström <saija.strom@nurmes.fi> +358 40 123 4567, 013 123 4567; "
                + "Authorization: Bearer " + token + " listing 7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b01 on 2026-11-24 "
                + "at 05:07:32, business id 1234567-1, 50 of 100000 rows");

        assertFalse(masked.contains("saija.strom@nurmes.fi"));
        assertFalse(masked.contains("123 4567"));
        assertFalse(masked.contains(token.substring(0, 20)));
        assertTrue(masked.contains("[email]") && masked.contains("[phone]") && masked.contains("[token]"), masked);
        assertTrue(masked.contains("7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b01"), masked);
        assertTrue(masked.contains("2026-11-24") && masked.contains("05:07:32"), masked);
        assertTrue(masked.contains("1234567-1") && masked.contains("100000"), masked);
    }

    @Test
    void theLogPatternMasksMessagesAndStackTraces() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%masked(%msg%n%ex)");
        encoder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger logger = context.getLogger("masking-check");
        logger.addAppender(appender);

        logger.error("Invitation to eero@example.fi failed",
                new IllegalStateException("Duplicate key 'eero@example.fi', phone +358 50 765 4321"));

        String written = out.toString(StandardCharsets.UTF_8);
        assertFalse(written.contains("eero@example.fi"), written);
        assertFalse(written.contains("765 4321"), written);
        assertTrue(written.contains("IllegalStateException"));
        assertEquals(2, written.split("\\[email]", -1).length - 1, written);
    }
}
