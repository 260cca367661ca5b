package fi.tarjotin.costshare;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CostSplitTest {

    @Test
    void theThirteenMunicipalitiesShareThe2024To2026MunicipalPartExactly() {
        List<CostSplit.Part> parts = List.of(new CostSplit.Part("090", 2929), new CostSplit.Part("146", 4382),
                new CostSplit.Part("167", 78741), new CostSplit.Part("176", 4160), new CostSplit.Part("260", 9566),
                new CostSplit.Part("276", 15071), new CostSplit.Part("309", 6444), new CostSplit.Part("422", 10049),
                new CostSplit.Part("426", 11913), new CostSplit.Part("541", 8980), new CostSplit.Part("607", 3999),
                new CostSplit.Part("707", 1881), new CostSplit.Part("848", 3976));

        List<CostSplit.Share> shares = CostSplit.split(new BigDecimal("198956"), parts);

        assertEquals(new BigDecimal("198956.00"), shares.stream().map(CostSplit.Share::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        shares.forEach(s -> assertEquals(2, s.amount().scale()));
    }

    @Test
    void leftoverCentsGoToTheLargestRemainders() {
        List<CostSplit.Share> shares = CostSplit.split(new BigDecimal("0.10"),
                List.of(new CostSplit.Part("a", 1), new CostSplit.Part("b", 1), new CostSplit.Part("c", 1)));

        assertEquals(List.of(new BigDecimal("0.04"), new BigDecimal("0.03"), new BigDecimal("0.03")),
                shares.stream().map(CostSplit.Share::amount).toList());
    }
}
