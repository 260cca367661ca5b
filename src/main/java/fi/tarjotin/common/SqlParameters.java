package fi.tarjotin.common;

import java.util.Collections;

/**
 * Placeholders for hand-written SQL, so that SQL Server and H2 can seek an index with them.
 * <ul>
 * <li>UUIDs are bound as text (which SQL Server and H2 both convert), but H2 uses an index for
 * {@code uuid_column IN (...)} only when the values are typed as UUIDs; without the cast it converts every
 * row's key instead (a full scan).</li>
 * <li>mssql-jdbc sends every Java string as {@code NVARCHAR}. Compared with a {@code VARCHAR} column (the code
 * columns: municipality codes, statuses, types, code lists…) under a SQL collation, SQL Server converts the
 * column, not the parameter, and scans the index instead of seeking it. The cast turns the parameter into a
 * {@code VARCHAR} first. 8000 is the longest {@code VARCHAR} that is not {@code MAX}, so no value is cut
 * short. Every comparison of a {@code VARCHAR} column with a parameter is written this way (the statement
 * guard of the test suite checks it). In the queries Micronaut Data generates, an entity's {@code VARCHAR}
 * property that they compare (an id, a finder's column) carries {@code @ColumnTransformer(write = VARCHAR)},
 * which puts the same cast around its parameter.</li>
 * </ul>
 */
public final class SqlParameters {

    public static final String UUID = "CAST(? AS UNIQUEIDENTIFIER)";

    /** A parameter compared with a {@code VARCHAR} column. */
    public static final String VARCHAR = "CAST(? AS VARCHAR(8000))";

    private SqlParameters() {
    }

    /** {@code n} UUID placeholders, comma-separated, for an IN list. */
    public static String uuids(int n) {
        return placeholders(UUID, n);
    }

    /** {@code n} placeholders for an IN list on a {@code VARCHAR} column, comma-separated. */
    public static String varchars(int n) {
        return placeholders(VARCHAR, n);
    }

    private static String placeholders(String placeholder, int n) {
        return String.join(", ", Collections.nCopies(n, placeholder));
    }
}
