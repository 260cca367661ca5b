package fi.tarjotin.codes;

import java.util.Arrays;
import java.util.Optional;

/** The code lists served to the app's dropdowns, by their path names. */
public enum CodeList {
    OPPORTUNITY_TYPES("opportunity-types"),
    TARGET_GROUPS("target-groups"),
    LANGUAGES("languages"),
    DELIVERY_MODES("delivery-modes");

    private final String pathName;

    CodeList(String pathName) {
        this.pathName = pathName;
    }

    public String pathName() {
        return pathName;
    }

    static Optional<CodeList> byPathName(String name) {
        return Arrays.stream(values()).filter(l -> l.pathName.equals(name)).findFirst();
    }
}
