/**
 * What operators see of the running service: one log line per request with its request id, the
 * Micrometer meters (per-route HTTP metrics, the connection pool, background-work backlogs) and their
 * optional Azure Monitor export. Tracing comes from micronaut-tracing-opentelemetry, configured by the
 * standard {@code OTEL_*} variables.
 */
package fi.tarjotin.observability;
