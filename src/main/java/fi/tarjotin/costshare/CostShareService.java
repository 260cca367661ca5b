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
import java.util.List;

/**
 * The municipal co-financing of a period, split by population among the municipalities whose
 * participation agreement overlaps it. Admins only: these are the project's money matters.
 */
@Singleton
class CostShareService {

    /** One municipality's part. */
    @Serdeable
    record CostShare(String municipalityCode, int population, BigDecimal share, BigDecimal amount) {
    }

    /** The split: parts under {@code value}, with the period and the total they add up to. */
    @Serdeable
    record CostShares(List<CostShare> value, LocalDate from, LocalDate to, BigDecimal municipalTotal) {
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
        List<CostSplit.Part> parts = participants(start, end);
        List<CostShare> shares = CostSplit.split(total, parts).stream()
                .map(s -> new CostShare(s.key(), (int) s.weight(), s.share(), s.amount())).toList();
        return new CostShares(shares, start, end, total.setScale(2));
    }

    /** Active municipalities whose agreement overlaps [from, to], by code. */
    private List<CostSplit.Part> participants(LocalDate from, LocalDate to) {
        return municipalities.participants(from, to).stream()
                .map(p -> new CostSplit.Part(p.code(), p.population())).toList();
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
