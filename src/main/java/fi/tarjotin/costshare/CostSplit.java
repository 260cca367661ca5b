package fi.tarjotin.costshare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a sum of euros by weights (population times days covered) into cents that add up exactly to the sum: everyone
 * gets the cents of their exact share rounded down, and the cents left over go one each to the largest
 * remainders (ties to the larger weight, then the earlier code), the largest remainder method.
 */
final class CostSplit {

    private CostSplit() {
    }

    record Part(String key, long weight) {
    }

    record Share(String key, long weight, BigDecimal share, BigDecimal amount) {
    }

    static List<Share> split(BigDecimal total, List<Part> parts) {
        long weights = parts.stream().mapToLong(Part::weight).sum();
        BigDecimal cents = total.movePointRight(2);
        long[] floor = new long[parts.size()];
        BigDecimal[] remainder = new BigDecimal[parts.size()];
        long given = 0;
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal exact = weights == 0 ? BigDecimal.ZERO
                    : cents.multiply(BigDecimal.valueOf(parts.get(i).weight()))
                    .divide(BigDecimal.valueOf(weights), 12, RoundingMode.DOWN);
            floor[i] = exact.setScale(0, RoundingMode.DOWN).longValueExact();
            remainder[i] = exact.subtract(BigDecimal.valueOf(floor[i]));
            given += floor[i];
        }
        long left = cents.longValueExact() - given;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigDecimal>comparing(i -> remainder[i]).reversed()
                .thenComparing(i -> -parts.get(i).weight()).thenComparing(i -> parts.get(i).key()));
        for (int k = 0; k < left && weights > 0; k++) {
            floor[order.get(k % order.size())]++;
        }
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal share = weights == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(parts.get(i).weight()).divide(BigDecimal.valueOf(weights), 6, RoundingMode.HALF_EVEN);
            shares.add(new Share(parts.get(i).key(), parts.get(i).weight(), share,
                    BigDecimal.valueOf(floor[i]).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY)));
        }
        return shares;
    }
}
