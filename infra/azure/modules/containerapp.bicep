// The Tarjotin service on Azure Container Apps: 1..N identical instances behind the platform's HTTPS
// ingress, probes on the service's health endpoints, the user-assigned identity for the database, Graph
// and the registry, and app settings that map onto the service's configuration keys (README.md of the
// repository, "Configure").

param appName string
param environmentName string
param location string
param tags object
param containerImage string
param registryServer string
param identityId string
param identityClientId string
param logAnalyticsWorkspaceName string
param appInsightsName string
param sqlServerFqdn string
param sqlDatabaseName string
param homeTenantId string
param apiClientId string
param additionalTenantIds array
param allowedClientIds array
param customHostName string
param cpu string
param memory string
param minReplicas int
param maxReplicas int
param graphEnabled bool
param otlpEndpoint string

resource workspace 'Microsoft.OperationalInsights/workspaces@2022-10-01' existing = {
  name: logAnalyticsWorkspaceName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: environmentName
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
  }
}

var publicHost = empty(customHostName) ? '${appName}.${environment.properties.defaultDomain}' : customHostName
var publicBaseUrl = 'https://${publicHost}'

// Entra-only: the JDBC driver gets a token for the user-assigned identity (user= its client id).
var jdbcUrl = 'jdbc:sqlserver://${sqlServerFqdn}:1433;database=${sqlDatabaseName};encrypt=true;trustServerCertificate=false;hostNameInCertificate=*.database.windows.net;loginTimeout=30;authentication=ActiveDirectoryManagedIdentity;user=${identityClientId}'

var baseSettings = [
  { name: 'DATASOURCES_DEFAULT_URL', value: jdbcUrl }
  // azure-identity (Microsoft Graph) picks the user-assigned identity by this client id.
  { name: 'AZURE_CLIENT_ID', value: identityClientId }
  { name: 'AZURE_TENANT_ID', value: homeTenantId }
  { name: 'TARJOTIN_ENTRA_HOME_TENANT_ID', value: homeTenantId }
  { name: 'TARJOTIN_ENTRA_AUDIENCES', value: '${apiClientId},api://${apiClientId}' }
  { name: 'TARJOTIN_ENTRA_ADDITIONAL_TENANT_IDS', value: join(additionalTenantIds, ',') }
  // Tokens that any other app obtained for a user are refused, even if someone consented to that app.
  { name: 'TARJOTIN_ENTRA_ALLOWED_CLIENT_IDS', value: join(allowedClientIds, ',') }
  { name: 'TARJOTIN_PUBLIC_BASE_URL', value: publicBaseUrl }
  // The platform's ingress (Envoy) appends the client's address to X-Forwarded-For; the service sees only
  // the ingress' address. One proxy of ours appends, so the client is the right-most entry: raise the hops
  // to 2 only if another proxy (Front Door, Application Gateway) is put in front of the ingress.
  { name: 'TARJOTIN_RATE_LIMIT_TRUST_FORWARDED_FOR', value: 'true' }
  { name: 'TARJOTIN_RATE_LIMIT_TRUSTED_PROXY_HOPS', value: '1' }
  { name: 'TARJOTIN_GRAPH_ENABLED', value: string(graphEnabled) }
  { name: 'TARJOTIN_GRAPH_TENANT_ID', value: homeTenantId }
  { name: 'LOG_FORMAT', value: 'json' }
  { name: 'TARJOTIN_METRICS_AZURE_MONITOR_CONNECTION_STRING', secretRef: 'appinsights-connection-string' }
  { name: 'OTEL_SERVICE_NAME', value: 'tarjotin' }
  { name: 'OTEL_RESOURCE_ATTRIBUTES', value: 'deployment.environment=${tags.environment}' }
]
var tracingSettings = empty(otlpEndpoint) ? [] : [
  { name: 'OTEL_TRACES_EXPORTER', value: 'otlp' }
  { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: otlpEndpoint }
]

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: appName
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    environmentId: environment.id
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 8080
        transport: 'auto'
        allowInsecure: false
      }
      registries: empty(registryServer) ? [] : [
        {
          server: registryServer
          identity: identityId
        }
      ]
      secrets: [
        {
          // Not a credential (Microsoft: the connection string only routes telemetry), kept as a
          // secret so that it is not shown in plain text in the portal.
          name: 'appinsights-connection-string'
          value: appInsights.properties.ConnectionString
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'tarjotin'
          image: containerImage
          resources: {
            cpu: json(cpu)
            memory: memory
          }
          env: concat(baseSettings, tracingSettings)
          probes: [
            {
              // Migrations run before the server listens: give the first start up to 5 minutes.
              type: 'Startup'
              httpGet: {
                path: '/health/liveness'
                port: 8080
              }
              initialDelaySeconds: 5
              periodSeconds: 5
              failureThreshold: 60
              timeoutSeconds: 3
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/health/liveness'
                port: 8080
              }
              periodSeconds: 15
              failureThreshold: 3
              timeoutSeconds: 3
            }
            {
              // Down while the database is unreachable: the ingress stops sending requests to this instance.
              type: 'Readiness'
              httpGet: {
                path: '/health/readiness'
                port: 8080
              }
              periodSeconds: 10
              failureThreshold: 3
              timeoutSeconds: 5
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http-concurrency'
            http: {
              metadata: {
                concurrentRequests: '60'
              }
            }
          }
        ]
      }
    }
  }
}

output appName string = app.name
output publicBaseUrl string = publicBaseUrl
