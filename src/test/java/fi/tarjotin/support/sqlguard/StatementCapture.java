package fi.tarjotin.support.sqlguard;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ProxyJdbcObject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Hands every executed statement to the guard, and notices a {@code getString} (or {@code getNString},
 * {@code getObject(…, String.class)}) on a column that the driver reports as UUID / UNIQUEIDENTIFIER.
 */
final class StatementCapture implements QueryExecutionListener, MethodExecutionListener {

    private static final Set<String> GUID_TYPES = Set.of("UUID", "UNIQUEIDENTIFIER");

    /** The SQL of each live statement, so that a GUID read can name the statement it reads. */
    private final Map<Object, String> sqlOfStatement = Collections.synchronizedMap(new WeakHashMap<>());
    private final ThreadLocal<String> lastSql = new ThreadLocal<>();

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        for (QueryInfo query : queries) {
            SqlGuard.sent(query.getQuery());
        }
        if (!queries.isEmpty()) {
            String sql = queries.get(queries.size() - 1).getQuery();
            lastSql.set(sql);
            Statement statement = execution.getStatement();
            if (statement != null) {
                sqlOfStatement.put(unwrapped(statement), sql);
            }
        }
    }

    @Override
    public void beforeMethod(MethodExecutionContext context) {
    }

    @Override
    public void afterMethod(MethodExecutionContext context) {
        if (!(context.getTarget() instanceof ResultSet rows) || context.getThrown() != null || !readsText(context)) {
            return;
        }
        Object column = context.getMethodArgs()[0];
        try {
            int index = column instanceof Integer i ? i : rows.findColumn(String.valueOf(column));
            String type = rows.getMetaData().getColumnTypeName(index);
            if (type != null && GUID_TYPES.contains(type.toUpperCase(java.util.Locale.ROOT))) {
                String read = context.getMethod().getName() + "(" + (column instanceof Integer ? column : "\"" + column + "\"") + ")";
                SqlGuard.guidReadAsText(sqlOf(rows), read + " on UNIQUEIDENTIFIER column "
                        + rows.getMetaData().getColumnLabel(index));
            }
        } catch (SQLException e) {
            // The read itself succeeded; a driver that cannot describe the column leaves nothing to check.
        }
    }

    private static boolean readsText(MethodExecutionContext context) {
        String method = context.getMethod().getName();
        Object[] args = context.getMethodArgs();
        if (args == null || args.length == 0) {
            return false;
        }
        return method.equals("getString") || method.equals("getNString")
                || method.equals("getObject") && args.length == 2 && args[1] == String.class;
    }

    private String sqlOf(ResultSet rows) {
        try {
            Statement statement = rows.getStatement();
            String sql = statement == null ? null : sqlOfStatement.get(unwrapped(statement));
            if (sql != null) {
                return sql;
            }
        } catch (SQLException e) {
            // fall back to the thread's last statement
        }
        String last = lastSql.get();
        return last == null ? "(statement not known)" : last;
    }

    private static Object unwrapped(Object jdbcObject) {
        return jdbcObject instanceof ProxyJdbcObject proxy ? proxy.getTarget() : jdbcObject;
    }
}
