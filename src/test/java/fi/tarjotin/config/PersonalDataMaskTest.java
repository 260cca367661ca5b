package fi.tarjotin.config;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import fi.tarjotin.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @ParameterizedTest
    @ValueSource(strings = {"+358 40 123 4567", "+358401234567", "+358 (0)40 123 4567", "040 123 4567", "0401234567",
            "040-123 4567", "(09) 1234 5678", "09 1234 5678", "013 123 4567", "0800 123 456", "+46 8 123 456 78",
            "+1 (555) 123-4567", "+44 20 7946 0958", "00358 40 123 4567"})
    void masksPhoneNumbersAsPeopleWriteThem(String phone) {
        String masked = PersonalDataMask.mask("Soita " + phone + ", kiitos");

        assertEquals("Soita [phone], kiitos", masked);
    }

    @Test
    void masksAPhoneNumberAtTheEndOfASentenceOrBesideOtherNumbers() {
        assertEquals("Soita [phone]. Tai [phone] (ilta).",
                PersonalDataMask.mask("Soita 040 123 4567. Tai +358 50 765 4321 (ilta)."));
        assertEquals("puhelin [phone] 2026 1234567890",
                PersonalDataMask.mask("puhelin +358 40 123 4567 2026 1234567890"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Table \"opportunity_x\" not found; SQL statement:\nSELECT id FROM opportunity_x [42102-240]",
            "Unique index or primary key violation: \"PUBLIC.UQ_MEMBER ON PUBLIC.member(email)\"; [23505-240]",
            "Deadlock detected [40001-240]", "General error: \"java.lang.IllegalStateException\" [50000-240]",
            "Timeout trying to lock table; [50200-240]", "Connection is broken [90067-240]",
            "SQLState: 40001", "SQL Error: 1205, SQLState: 40001", "error 1205", "Msg 2627, Level 14, State 1, Line 1",
            "duration 1234 ms", "took 1234567 ms", "after 30000 ms", "H2 2.4.240, Flyway 11.20.3, build 2026.11.1",
            "listening on localhost:8080 and 127.0.0.1:14330", "row 7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b01",
            "listing 01234567-8901-4abc-8def-0123456789ab", "outbox id 123456789012", "attempt 4 of 12345678",
            "business id 0112038-9", "since 2026-11-24 05:07:32.123456", "counts 10 20 30 40 50 60 70 80",
            "hash 0a1b2c3d4e5f60718293", "offset 0 1234567 rows", "cursor 00000000000000123"})
    void keepsDatabaseErrorsCodesVersionsDurationsAndIds(String text) {
        assertEquals(text, PersonalDataMask.mask(text));
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
