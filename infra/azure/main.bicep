// Tarjotin on Azure: one resource group holding the container host (Azure Container Apps, 1..N identical
// instances), Azure SQL serverless with Entra-only authentication, a user-assigned managed identity that
// the service uses for the database and for Microsoft Graph, and Log Analytics + Application Insights.
// No secret is needed: the database and Graph take the managed identity's tokens, so there is no Key Vault.
// Deploy: see README.md beside this file (az deployment group create -f main.bicep -p main.parameters.json).

targetScope = 'resourceGroup'

@description('Short name of the environment, part of every resource name: prod, test, ...')
@minLength(2)
@maxLength(10)
param environmentName string

@description('Azure region. Sweden Central and North Europe are the nearest regions with every service used here.')
@allowed([
  'swedencentral'
  'northeurope'
  'westeurope'
  'finlandcentral'
])
param location string = 'swedencentral'

@description('Container image to run, e.g. <registry>.azurecr.io/tarjotin:1.4.0 (built with Jib or infra/container/Dockerfile).')
param containerImage string

@description('Create an Azure Container Registry for the image and let the managed identity pull from it. False when the image comes from elsewhere (public or already pull-able).')
param createContainerRegistry bool = true

@description('Tenant (GUID) of the Tarjotin API app registration: the home tenant of tokens.')
param homeTenantId string = tenant().tenantId

@description('Application (client) id of the "Tarjotin API" app registration (create-app-registrations.sh prints it).')
param apiClientId string

@description('More Entra tenants whose tokens are accepted, beside those of onboarded municipalities.')
param additionalTenantIds array = []

@description('Application (client) id of the "Tarjotin connector" app registration (create-app-registrations.sh prints it). Only tokens this client obtained are accepted (TARJOTIN_ENTRA_ALLOWED_CLIENT_IDS).')
param connectorClientId string

@description('Further client apps whose tokens are accepted beside the connector, e.g. the app registration a Prometheus scraper signs in with.')
param additionalClientIds array = []

@description('Public host name, if a custom domain is bound to the app (e.g. tarjotin.pohjois-karjala.fi). Empty: the app\'s own *.azurecontainerapps.io name.')
param customHostName string = ''

@description('Microsoft Entra group (or user) that administers the SQL server: its display name.')
param sqlEntraAdminLogin string

@description('Object id of that group (or user).')
param sqlEntraAdminObjectId string

@description('Principal type of the SQL Entra administrator.')
@allowed([
  'Group'
  'User'
])
param sqlEntraAdminType string = 'Group'

@description('Serverless SQL: the most vCores the database may scale to (GP_S_Gen5_<n>).')
@allowed([
  1
  2
  4
  6
  8
])
param sqlMaxVCores int = 2

@description('Serverless SQL: the fewest vCores while running, as a string: 0.5, 1, ...')
param sqlMinVCores string = '0.5'

@description('Serverless SQL: minutes without connections before the database pauses; -1 never pauses. The service polls its work tables every few seconds, so in practice the database stays online while the app runs.')
param sqlAutoPauseDelayMinutes int = -1

@description('Days of point-in-time restore (7-35).')
@minValue(7)
@maxValue(35)
param sqlBackupRetentionDays int = 14

@description('vCPUs per instance (Container Apps consumption: 0.25, 0.5, 1, 1.5, 2, ...), as a string. The image\'s JVM settings keep the service under 400 MB (README: "Performance").')
param containerCpu string = '0.5'

@description('Memory per instance, matching the CPU (0.25 vCPU: 0.5Gi, 0.5: 1Gi, 1: 2Gi, 2: 4Gi).')
param containerMemory string = '1Gi'

@description('Instances always running. 1 (always on): answers at once and runs webhook deliveries and directory steps on time. 0 (scale to zero): costs nothing while idle, but the first request waits for a start (about 2 s on two processors, about 6 s on 0.5 vCPU) and background work waits for the next request (README: "Scale to zero or always on").')
@minValue(0)
param minReplicas int = 1

@description('Most instances under load. They are identical and stateless; the database is shared.')
@minValue(1)
param maxReplicas int = 4

@description('Turn on directory work with Microsoft Graph (onboarding). Grant the Graph permissions first (README: "Graph permissions").')
param graphEnabled bool = true

@description('False on the first deployment: creates the identity, registry, database and monitoring only, so that the image can be pushed and the database user created before the service starts (README: "First deployment").')
param deployApp bool = true

@description('OTLP endpoint for OpenTelemetry traces (e.g. an OpenTelemetry Collector). Empty: no traces are exported.')
param otlpEndpoint string = ''

@description('Days Log Analytics keeps logs.')
param logRetentionDays int = 30

var baseName = 'tarjotin-${environmentName}'
var tags = {
  application: 'tarjotin'
  environment: environmentName
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${baseName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    baseName: baseName
    location: location
    tags: tags
    retentionDays: logRetentionDays
  }
}

module registry 'modules/registry.bicep' = if (createContainerRegistry) {
  name: 'registry'
  params: {
    registryName: replace('cr${baseName}${uniqueString(resourceGroup().id)}', '-', '')
    location: location
    tags: tags
    pullIdentityPrincipalId: identity.properties.principalId
  }
}

module sql 'modules/sql.bicep' = {
  name: 'sql'
  params: {
    serverName: 'sql-${baseName}-${uniqueString(resourceGroup().id)}'
    databaseName: 'tarjotin'
    location: location
    tags: tags
    entraAdminLogin: sqlEntraAdminLogin
    entraAdminObjectId: sqlEntraAdminObjectId
    entraAdminType: sqlEntraAdminType
    tenantId: homeTenantId
    maxVCores: sqlMaxVCores
    minVCores: sqlMinVCores
    autoPauseDelayMinutes: sqlAutoPauseDelayMinutes
    backupRetentionDays: sqlBackupRetentionDays
  }
}

module app 'modules/containerapp.bicep' = if (deployApp) {
  name: 'app'
  params: {
    appName: 'ca-${baseName}'
    environmentName: 'cae-${baseName}'
    location: location
    tags: tags
    containerImage: containerImage
    registryServer: createContainerRegistry ? registry.outputs.loginServer : ''
    identityId: identity.id
    identityClientId: identity.properties.clientId
    logAnalyticsWorkspaceName: monitoring.outputs.workspaceName
    appInsightsName: monitoring.outputs.appInsightsName
    sqlServerFqdn: sql.outputs.serverFqdn
    sqlDatabaseName: sql.outputs.databaseName
    homeTenantId: homeTenantId
    apiClientId: apiClientId
    additionalTenantIds: additionalTenantIds
    allowedClientIds: concat([connectorClientId], additionalClientIds)
    customHostName: customHostName
    cpu: containerCpu
    memory: containerMemory
    minReplicas: minReplicas
    maxReplicas: maxReplicas
    graphEnabled: graphEnabled
    otlpEndpoint: otlpEndpoint
  }
}

@description('Public base URL of the API: the connector definition\'s host.')
output publicBaseUrl string = deployApp ? app.outputs.publicBaseUrl : ''
@description('Name of the managed identity: the database user to create (README: "Database user").')
output identityName string = identity.name
@description('Client id of the managed identity (AZURE_CLIENT_ID, and user= in the JDBC URL).')
output identityClientId string = identity.properties.clientId
@description('Object (principal) id of the managed identity: grant it the Graph permissions.')
output identityPrincipalId string = identity.properties.principalId
output sqlServerFqdn string = sql.outputs.serverFqdn
output sqlDatabaseName string = sql.outputs.databaseName
output containerAppName string = deployApp ? app.outputs.appName : ''
output containerRegistryLoginServer string = createContainerRegistry ? registry.outputs.loginServer : ''
output logAnalyticsWorkspaceName string = monitoring.outputs.workspaceName
