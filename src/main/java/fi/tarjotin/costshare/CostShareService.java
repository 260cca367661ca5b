package fi.tarjotin.costshare;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ForbiddenException;
import fi.tarjotin.error.ValidationException;
import fi.tarjotin.municipality.MunicipalityFacts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The municipal co-financing of a period, split among the municipalities whose participation agreement
 * overlaps it, each weighed by its population times the days of the period its agreement covers: a
 * municipality that joins halfway through carries half its weight. Admins only: these are the project's
 * money matters.
 */
@Singleton
class CostShareService {

    /** One municipality's part, with the days of the period its agreement covers. */
    @Serdeable
    record CostShare(String municipalityCode, int population, LocalDate coveredFrom, LocalDate coveredTo,
                     long coveredDays, BigDecimal share, BigDecimal amount) {
    }

    /** The split: parts under {@code value}, with the period, its length in days and the total they add up to. */
    @Serdeable
    record CostShares(List<CostShare> value, LocalDate from, LocalDate to, long periodDays, BigDecimal municipalTotal) {
    }

    private final MunicipalityFacts municipalities;
    private final ScopeService scopes;

    CostShareService(MunicipalityFacts municipalities, ScopeService scopes) {
        this.municipalities = municipalities;
        this.scopes = scopes;
    }

    CostShares split(Caller caller, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String municipalTotal) {
        if (!scopes.of(caller).isAdmin()) {
            throw new ForbiddenException();
        }
        LocalDate start = required(from, "from");
        LocalDate end = required(to, "to");
        if (end.isBefore(start)) {
            throw new BadRequestException(ErrorCode.INVALID_DATE_RANGE, "to");
        }
        BigDecimal total = amount(municipalTotal);
        List<Coverage> coverages = municipalities.participants(start, end).stream()
                .map(p -> Coverage.of(p, start, end)).toList();
        List<CostSplit.Share> split = CostSplit.split(total, coverages.stream()
                .map(c -> new CostSplit.Part(c.participant().code(), c.participant().population() * c.days())).toList());
        List<CostShare> shares = new ArrayList<>();
        for (int i = 0; i < coverages.size(); i++) {
            Coverage c = coverages.get(i);
            shares.add(new CostShare(c.participant().code(), (int) c.participant().population(), c.from(), c.to(),
                    c.days(), split.get(i).share(), split.get(i).amount()));
        }
        return new CostShares(shares, start, end, ChronoUnit.DAYS.between(start, end) + 1, total.setScale(2));
    }

    /** The part of the period [from, to] that a participant's agreement covers, both days included. */
    private record Coverage(MunicipalityFacts.Participant participant, LocalDate from, LocalDate to) {

        static Coverage of(MunicipalityFacts.Participant p, LocalDate from, LocalDate to) {
            LocalDate first = p.agreementStart().isAfter(from) ? p.agreementStart() : from;
            LocalDate last = p.agreementEnd().isBefore(to) ? p.agreementEnd() : to;
            return new Coverage(p, first, last);
        }

        long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    private static LocalDate required(@Nullable LocalDate value, String target) {
        if (value == null) {
            throw new BadRequestException(ErrorCode.REQUIRED, target);
        }
        return value;
    }

    private static BigDecimal amount(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(ErrorCode.REQUIRED, "municipalTotal");
        }
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(new BigDecimal("1e12")) >= 0) {
                throw ValidationException.of(ErrorCode.INVALID_AMOUNT, "municipalTotal");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new BadRequestException(ErrorCode.INVALID_AMOUNT, "municipalTotal");
        }
    }
}
