package fi.tarjotin.directory;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.microsoft.graph.core.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.core.requests.options.GraphClientOption;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import okhttp3.Interceptor;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Builds the Graph client where {@code tarjotin.graph.enabled} is true, from azure-identity's
 * {@link com.azure.identity.DefaultAzureCredential}: managed identity in Azure, workload identity or a
 * client secret elsewhere. Refuses to start with a half-done configuration, naming the missing key.
 */
@Factory
@Requires(property = "tarjotin.graph.enabled", value = "true")
class GraphFactory {

    private static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";

    @Singleton
    @Requires(missingBeans = TokenCredential.class)
    TokenCredential credential(GraphProperties graph) {
        DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder();
        if (graph.getTenantId() != null && !graph.getTenantId().isBlank()) {
            builder.tenantId(graph.getTenantId());
        }
        return builder.build();
    }

    @Singleton
    GraphServiceClient graphServiceClient(GraphProperties graph, TokenCredential credential) {
        requireSettings(graph);
        URI base = URI.create(graph.getBaseUrl());
        var authentication = new AzureIdentityAuthenticationProvider(credential, new String[]{base.getHost()},
                GRAPH_SCOPE);
        // The SDK's own retry handler would sleep a worker thread through Retry-After; the directory steps
        // retry from their table instead, so the thread is free and a restart loses nothing.
        var option = new GraphClientOption();
        List<Interceptor> interceptors = Arrays.stream(GraphClientFactory.createDefaultGraphInterceptors(option))
                .filter(i -> !i.getClass().getSimpleName().equals("RetryHandler")).toList();
        var http = GraphClientFactory.create(option, interceptors).build();
        var client = new GraphServiceClient(authentication, http);
        client.getRequestAdapter().setBaseUrl(graph.getBaseUrl());
        return client;
    }

    private static void requireSettings(GraphProperties graph) {
        require(graph.getBaseUrl(), "tarjotin.graph.base-url");
        require(graph.getInviteRedirectUrl(), "tarjotin.graph.invite-redirect-url");
        requireGuid(graph.getServicePrincipalId(), "tarjotin.graph.service-principal-id");
        requireGuid(graph.getCoordinatorAppRoleId(), "tarjotin.graph.coordinator-app-role-id");
        requireGuid(graph.getEditorAppRoleId(), "tarjotin.graph.editor-app-role-id");
    }

    private static void require(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException("Missing required configuration " + key + " (environment variable "
                    + key.toUpperCase().replace('.', '_').replace('-', '_')
                    + "): Tarjotin cannot use Microsoft Graph without it.");
        }
    }

    private static void requireGuid(String value, String key) {
        require(value, key);
        try {
            UUID.fromString(value);
        } catch (IllegalArgumentException notAGuid) {
            throw new ConfigurationException(key + " must be a GUID");
        }
    }
}
