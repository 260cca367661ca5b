package fi.tarjotin.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The row of a listing. Its many-valued parts (municipalities, target groups, languages, partners) live
 * in join tables written by {@link OpportunityLinkStore}; {@code searchText} and {@code titleSort} are
 * normalised copies kept for search.
 */
@MappedEntity("opportunity")
record Opportunity(
        @Id UUID id,
        @Version Long version,
        OpportunityStatus status,
        String type,
        UUID organisationId,
        String titleFi, @Nullable String titleSv, @Nullable String titleEn,
        String titleSort,
        @Nullable String summaryFi, @Nullable String summarySv, @Nullable String summaryEn,
        @Nullable String descriptionFi, @Nullable String descriptionSv, @Nullable String descriptionEn,
        @Nullable String requirementsFi, @Nullable String requirementsSv, @Nullable String requirementsEn,
        @Nullable String compensationFi, @Nullable String compensationSv, @Nullable String compensationEn,
        @Nullable String accessibilityFi, @Nullable String accessibilitySv, @Nullable String accessibilityEn,
        boolean plainLanguage,
        String deliveryMode,
        @Nullable String streetAddress, @Nullable String postalCode, @Nullable String postOffice,
        @Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable LocalDate applicationDeadline,
        @Nullable BigDecimal hoursPerWeek,
        @Nullable Integer capacityTotal, @Nullable Integer capacityAvailable,
        @Nullable String contactRole, @Nullable String contactName, @Nullable String contactEmail,
        @Nullable String contactPhone,
        String searchText,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        @Nullable Instant archivedAt) {

    Opportunity withStatus(OpportunityStatus newStatus, Instant now) {
        Instant published = newStatus == OpportunityStatus.PUBLISHED && publishedAt == null ? now : publishedAt;
        Instant archived = newStatus == OpportunityStatus.ARCHIVED ? now : archivedAt;
        return new Opportunity(id, version, newStatus, type, organisationId, titleFi, titleSv, titleEn, titleSort,
                summaryFi, summarySv, summaryEn, descriptionFi, descriptionSv, descriptionEn, requirementsFi,
                requirementsSv, requirementsEn, compensationFi, compensationSv, compensationEn, accessibilityFi,
                accessibilitySv, accessibilityEn, plainLanguage, deliveryMode, streetAddress, postalCode, postOffice,
                validFrom, validTo, applicationDeadline, hoursPerWeek, capacityTotal, capacityAvailable, contactRole,
                contactName, contactEmail, contactPhone, searchText, createdAt, now, published, archived);
    }
}
