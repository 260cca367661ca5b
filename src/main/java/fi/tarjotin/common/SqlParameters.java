package fi.tarjotin.common;

import java.util.Collections;

/**
 * Placeholders for hand-written SQL. UUIDs are bound as text (which SQL Server and H2 both convert), but
 * H2 uses an index for {@code uuid_column IN (...)} only when the values are typed as UUIDs; without the
 * cast it converts every row's key instead (a full scan).
 */
public final class SqlParameters {

    public static final String UUID = "CAST(? AS UNIQUEIDENTIFIER)";

    private SqlParameters() {
    }

    /** {@code n} UUID placeholders, comma-separated, for an IN list. */
    public static String uuids(int n) {
        return String.join(", ", Collections.nCopies(n, UUID));
    }
}
