package fi.tarjotin.support.sqlguard;

/** One rule a statement breaks, with the part of the statement that breaks it. */
public record Finding(Rule rule, String detail) {

    @Override
    public String toString() {
        return rule.id() + ": " + detail;
    }
}
