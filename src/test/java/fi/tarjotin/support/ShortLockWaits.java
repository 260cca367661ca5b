package fi.tarjotin.support;

import java.util.HashMap;
import java.util.Map;

/**
 * The test environment with the service's connections waiting at most 100 ms for a lock (the same statement on
 * H2 and SQL Server), so that a lock held by an {@link OtherTransaction} ends in a real lock timeout at once.
 */
public abstract class ShortLockWaits extends TestEnvironment {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("datasources.default.connection-init-sql", "SET LOCK_TIMEOUT 100");
        return properties;
    }
}
