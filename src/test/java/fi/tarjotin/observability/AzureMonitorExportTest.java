package fi.tarjotin.observability;

import fi.tarjotin.support.TestEnvironment;
import io.micrometer.azuremonitor.AzureMonitorMeterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Azure Monitor export is there when a connection string is configured, and absent otherwise. */
class AzureMonitorExportTest {

    @Test
    void metricsGoToAzureMonitorOnlyWhenAConnectionStringIsConfigured() {
        try (ApplicationContext without = ApplicationContext.run(properties(null))) {
            assertFalse(without.containsBean(AzureMonitorMeterRegistry.class));
        }
        // An ingestion endpoint nobody listens on: nothing leaves the machine during the test.
        String connectionString = "InstrumentationKey=00000000-0000-4000-8000-000000000000;"
                + "IngestionEndpoint=http://127.0.0.1:9/";
        try (ApplicationContext with = ApplicationContext.run(properties(connectionString))) {
            assertTrue(with.containsBean(AzureMonitorMeterRegistry.class));
            MeterRegistry registry = with.getBean(MeterRegistry.class);
            assertTrue(registry instanceof CompositeMeterRegistry composite
                    && composite.getRegistries().stream().anyMatch(AzureMonitorMeterRegistry.class::isInstance),
                    "the export receives the service's meters");
        }
    }

    private static Map<String, Object> properties(String connectionString) {
        Map<String, Object> properties = new HashMap<>(new TestEnvironment() { }.getProperties());
        properties.put("micronaut.server.port", "-1");
        if (connectionString != null) {
            properties.put(AzureMonitorExport.CONNECTION_STRING, connectionString);
        }
        return properties;
    }
}
