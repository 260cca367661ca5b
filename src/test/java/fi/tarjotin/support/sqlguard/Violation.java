package fi.tarjotin.support.sqlguard;

/** A rule broken by one statement sent from one place. */
public record Violation(Rule rule, String detail, String statement, String origin) {

    /** The violation as a failure lists it: the rule, the statement, where it came from and why the rule exists. */
    public String describe() {
        return "[" + rule.id() + "] " + detail + "\n    statement: " + SqlShapes.oneLine(statement)
                + "\n    from: " + origin + "\n    why: " + rule.reason();
    }
}
