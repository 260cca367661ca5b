package fi.tarjotin.observability;

import io.micrometer.azuremonitor.AzureMonitorConfig;
import io.micrometer.azuremonitor.AzureMonitorMeterRegistry;
import io.micrometer.core.instrument.Clock;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Sends the same meters that {@code /prometheus} shows to Application Insights (Azure Monitor custom
 * metrics), when {@code tarjotin.metrics.azure-monitor.connection-string} is set (the Bicep deployment sets
 * it from the Application Insights resource). Off otherwise: nothing leaves the process.
 */
@Factory
@Requires(property = AzureMonitorExport.CONNECTION_STRING, pattern = ".+")
class AzureMonitorExport {

    static final String CONNECTION_STRING = "tarjotin.metrics.azure-monitor.connection-string";

    @Singleton
    AzureMonitorMeterRegistry azureMonitorMeterRegistry(@Value("${" + CONNECTION_STRING + "}") String connectionString,
                                                        @Value("${tarjotin.metrics.azure-monitor.step:1m}") Duration step) {
        AzureMonitorConfig config = new AzureMonitorConfig() {
            @Override
            public String get(String key) {
                return null;
            }

            @Override
            public String connectionString() {
                return connectionString;
            }

            @Override
            public Duration step() {
                return step;
            }
        };
        return AzureMonitorMeterRegistry.builder(config).clock(Clock.SYSTEM).build();
    }
}
