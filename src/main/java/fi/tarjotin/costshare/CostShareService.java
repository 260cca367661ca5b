package fi.tarjotin.costshare;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ForbiddenException;
import fi.tarjotin.error.ValidationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
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

    private final JdbcOperations jdbc;
    private final ScopeService scopes;

    CostShareService(JdbcOperations jdbc, ScopeService scopes) {
        this.jdbc = jdbc;
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
        return jdbc.execute(c -> {
            List<CostSplit.Part> parts = new ArrayList<>();
            try (var s = c.prepareStatement("SELECT m.code, m.population FROM municipality m "
                    + "JOIN municipality_agreement a ON a.municipality_code = m.code "
                    + "WHERE m.active = 1 AND a.start_date <= ? AND a.end_date >= ? ORDER BY m.code")) {
                s.setDate(1, Date.valueOf(to));
                s.setDate(2, Date.valueOf(from));
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        parts.add(new CostSplit.Part(r.getString(1), r.getLong(2)));
                    }
                }
            }
            return parts;
        });
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
