package fi.tarjotin.archfixture.b;

import fi.tarjotin.archfixture.a.Ordering;

/** The other half of the cycle seeded for FeatureCyclesTest: depends back on package a. */
public class Shipping {

    /** A label for an order. */
    public String label(Ordering order) {
        return "order " + order.hashCode();
    }
}
