package fi.tarjotin.config;

import com.zaxxer.hikari.SQLExceptionOverride;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the connection pool to throw away a connection that H2 reports as broken. The pool recognises
 * SQL Server's connection errors (SQL state class 08) by itself, but H2 uses its own codes, and without
 * this a busy pool keeps handing out dead connections after the database comes back.
 */
public class ConnectionLossEviction implements SQLExceptionOverride {

    // Connection broken, database closed, connection refused, remote connection lost.
    private static final Set<Integer> H2_CONNECTION_LOST = Set.of(90067, 90098, 90121, 90028);

    @java.lang.Override
    public Override adjudicate(SQLException exception) {
        return H2_CONNECTION_LOST.contains(exception.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
