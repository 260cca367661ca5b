package fi.tarjotin.archfixture.leak;

import fi.tarjotin.archfixture.devmode.UnguardedSampleData;

/** Seeded for DevModeIsolationTest: a class outside dev mode that depends on it. */
public class SampleShortcut {

    /** Reaches into dev mode, which the rule forbids. */
    public String sample(UnguardedSampleData data) {
        return data.sample();
    }
}
