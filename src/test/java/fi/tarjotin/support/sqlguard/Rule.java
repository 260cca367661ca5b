package fi.tarjotin.support.sqlguard;

/** The project's rules for SQL that reaches the database, each with its name and why it exists. */
public enum Rule {

    NO_LIMIT("no-limit", "SQL Server has no LIMIT: use TOP (?), or OFFSET … ROWS FETCH NEXT … ROWS ONLY after ORDER BY"),
    FETCH_NEEDS_OFFSET("fetch-needs-offset", "SQL Server knows FETCH only as OFFSET … ROWS FETCH NEXT … ROWS ONLY"),
    NO_BOOLEAN_LITERAL("no-boolean-literal", "T-SQL has no TRUE/FALSE: a BIT is 1 or 0"),
    NO_BOOLEAN_COMPARISON("no-boolean-comparison", "T-SQL has no boolean values: compare a BIT with 1 or 0, never = TRUE or IS TRUE"),
    NO_TOP_WITH_OFFSET("no-top-with-offset", "SQL Server rejects TOP and OFFSET in the same query"),
    OFFSET_NEEDS_ORDER_BY("offset-needs-order-by", "SQL Server accepts OFFSET only after ORDER BY"),
    ALLOWED_TYPES("allowed-types", "only types both databases treat alike: UNIQUEIDENTIFIER, NVARCHAR(n|MAX), VARCHAR(n), "
            + "VARBINARY(MAX), BIT, INT, BIGINT, DECIMAL, DATE, DATETIME2(n), DATETIMEOFFSET"),
    SQL_SERVER_ONLY("sql-server-only", "fails on H2, so the tests could not run it (SQLSERVER-AND-H2.md, \"Fails on H2\")"),
    H2_ONLY("h2-only", "H2 accepts it, SQL Server does not"),
    NO_TIMESTAMP("no-timestamp", "TIMESTAMP is a date-time on H2 but a row version on SQL Server"),
    NO_DBO("no-dbo", "H2 has no dbo schema: use unqualified names"),
    VARCHAR_PARAMETER("varchar-parameter-cast", "mssql-jdbc sends strings as NVARCHAR, which makes SQL Server convert a "
            + "VARCHAR column and scan its index: compare it with CAST(? AS VARCHAR(n)) (SqlParameters.VARCHAR)"),
    GUID_AS_TEXT("guid-as-text", "SQL Server gives a GUID's text in upper case, H2 in lower case: read a "
            + "UNIQUEIDENTIFIER as a UUID (fi.tarjotin.common.Guids), never with getString");

    private final String id;
    private final String reason;

    Rule(String id, String reason) {
        this.id = id;
        this.reason = reason;
    }

    /** The rule's name as reports show it. */
    public String id() {
        return id;
    }

    /** Why the rule exists, in one line. */
    public String reason() {
        return reason;
    }
}
