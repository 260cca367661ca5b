package fi.tarjotin.archfixture.a;

import fi.tarjotin.archfixture.b.Shipping;

/** Half of the cycle seeded for FeatureCyclesTest: depends on package b, which depends back on a. */
public class Ordering {

    /** Ships an order. */
    public String ship() {
        return new Shipping().label(this);
    }
}
