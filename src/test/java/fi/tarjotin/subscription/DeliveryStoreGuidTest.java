package fi.tarjotin.subscription;

import io.micronaut.data.jdbc.runtime.ConnectionCallback;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The queue reads its GUID columns as UUIDs. H2 gives a GUID's text in lower case, so only a database that
 * answers like SQL Server (upper-case text from {@code getString}, the UUID from {@code getObject}) shows
 * whether the X-Tarjotin-Delivery header would still repeat the body's lower-case {@code deliveryId}.
 */
class DeliveryStoreGuidTest {

    private static final UUID DELIVERY = UUID.fromString("3f2b8c1e-9a4d-4e5f-8b6a-0c1d2e3f4a5b");
    private static final UUID SUBSCRIPTION = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");

    @Test
    void theDeliveryHeaderRepeatsTheBodysIdWhenTheDatabaseGivesGuidTextInUpperCase() {
        String body = "{\"deliveryId\":\"" + DELIVERY + "\",\"subscriptionId\":\"" + SUBSCRIPTION + "\"}";
        Map<Integer, Object> claimedRow = Map.of(1, DELIVERY, 2, SUBSCRIPTION, 3, body, 4, 0,
                5, "https://flow.example/hook", 6, Subscription.ACTIVE);
        DeliveryStore queue = new DeliveryStore(jdbcAnswering(claimedRow), new NoTransactions(), new WebhookSettings());

        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        List<DeliveryStore.Claimed> claimed = queue.claim("instance-a", 1, now, now.plusSeconds(60));

        assertEquals(1, claimed.size());
        // The dispatcher sends the delivery key's text as the header.
        assertEquals(DELIVERY.toString(), String.valueOf(claimed.get(0).deliveryKey()));
        assertEquals(SUBSCRIPTION.toString(), String.valueOf(claimed.get(0).subscriptionId()));
    }

    /** A connection whose one due row is {@code claimedRow}; GUIDs come back as SQL Server gives them. */
    private static JdbcOperations jdbcAnswering(Map<Integer, Object> claimedRow) {
        Connection connection = proxy(Connection.class, (method, args) -> switch (method) {
            case "prepareStatement" -> statement((String) args[0], claimedRow);
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
        return proxy(JdbcOperations.class, (method, args) -> {
            if (!method.equals("execute")) {
                throw new UnsupportedOperationException(method);
            }
            return ((ConnectionCallback<?>) args[0]).call(connection);
        });
    }

    private static PreparedStatement statement(String sql, Map<Integer, Object> claimedRow) {
        return proxy(PreparedStatement.class, (method, args) -> switch (method) {
            case "executeQuery" -> sql.startsWith("SELECT TOP") ? rows(Map.of(1, 42L)) : rows(claimedRow);
            case "executeUpdate" -> 1;
            case "close" -> null;
            default -> {
                if (method.startsWith("set")) {
                    yield null;
                }
                throw new UnsupportedOperationException(method);
            }
        });
    }

    /** One row. Like mssql-jdbc, a GUID's text is upper case; asked for a UUID, the column gives the UUID. */
    private static ResultSet rows(Map<Integer, Object> row) {
        boolean[] read = {false};
        return proxy(ResultSet.class, (method, args) -> switch (method) {
            case "next" -> {
                boolean first = !read[0];
                read[0] = true;
                yield first;
            }
            case "getString" -> {
                Object value = row.get((Integer) args[0]);
                yield value instanceof UUID ? value.toString().toUpperCase(Locale.ROOT) : (String) value;
            }
            case "getObject" -> {
                Object value = row.get((Integer) args[0]);
                if (args.length == 2 && args[1] == UUID.class && value instanceof UUID) {
                    yield value;
                }
                throw new UnsupportedOperationException("getObject of " + value);
            }
            case "getLong" -> (Long) row.get((Integer) args[0]);
            case "getInt" -> (Integer) row.get((Integer) args[0]);
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args == null ? new Object[0] : args)));
    }

    /** Runs each callback straight away: the fake connection needs no transaction. */
    private static final class NoTransactions implements TransactionOperations<Connection> {

        @Override
        public Connection getConnection() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean hasConnection() {
            return false;
        }

        @Override
        public Optional<? extends TransactionStatus<?>> findTransactionStatus() {
            return Optional.empty();
        }

        @Override
        public <R> R execute(TransactionDefinition definition, TransactionCallback<Connection, R> callback) {
            try {
                return callback.call(null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
