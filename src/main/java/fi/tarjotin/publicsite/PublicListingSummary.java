package fi.tarjotin.publicsite;

import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.opportunity.OpportunitySummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A published listing in a public list: what a result row shows; {@code url} gives the whole listing. */
@Serdeable
record PublicListingSummary(
        UUID id,
        String type,
        LocalisedText title,
        @Nullable LocalisedText summary,
        @Nullable String organisationName,
        List<String> municipalityCodes,
        List<String> targetGroups,
        List<String> languages,
        boolean plainLanguage,
        String deliveryMode,
        @Nullable String postOffice,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable LocalDate applicationDeadline,
        @Nullable Integer capacityTotal,
        @Nullable Integer capacityAvailable,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        String url,
        String pageUrl) {

    static PublicListingSummary of(OpportunitySummary s, String url, String pageUrl) {
        return new PublicListingSummary(s.id(), s.type(), s.title(), s.summary(), s.organisationName(),
                s.municipalityCodes(), s.targetGroups(), s.languages(), s.plainLanguage(), s.deliveryMode(),
                s.postOffice(), s.validFrom(), s.validTo(), s.applicationDeadline(), s.capacityTotal(),
                s.capacityAvailable(), s.updatedAt(), s.publishedAt(), url, pageUrl);
    }
}
