// Azure SQL logical server with Microsoft Entra-only authentication (no SQL logins, no passwords) and one
// serverless General Purpose database. The service's managed identity becomes a database user with
// sql/grant-identity.sql (README: "Database user"), run by the Entra administrator named here.

param serverName string
param databaseName string
param location string
param tags object
param entraAdminLogin string
param entraAdminObjectId string
param entraAdminType string
param tenantId string
param maxVCores int
param minVCores string
param autoPauseDelayMinutes int
param backupRetentionDays int

resource server 'Microsoft.Sql/servers@2021-11-01' = {
  name: serverName
  location: location
  tags: tags
  properties: {
    minimalTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    administrators: {
      administratorType: 'ActiveDirectory'
      azureADOnlyAuthentication: true
      login: entraAdminLogin
      sid: entraAdminObjectId
      principalType: entraAdminType
      tenantId: tenantId
    }
  }
}

// Container Apps on the consumption plan have no fixed outbound address: allow Azure services. Every
// connection still needs an Entra token of a database user. (A VNet-integrated environment with a private
// endpoint removes this rule; see README "Network".)
resource allowAzure 'Microsoft.Sql/servers/firewallRules@2021-11-01' = {
  parent: server
  name: 'AllowAllWindowsAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource database 'Microsoft.Sql/servers/databases@2021-11-01' = {
  parent: server
  name: databaseName
  location: location
  tags: tags
  sku: {
    name: 'GP_S_Gen5'
    tier: 'GeneralPurpose'
    family: 'Gen5'
    capacity: maxVCores
  }
  properties: {
    // Finnish order (å, ä, ö after z), case-insensitive, accent-sensitive; a Windows collation, under which a
    // VARCHAR index can still be sought with an NVARCHAR value. Set only when the database is created: Azure
    // SQL cannot change it afterwards (README "Database collation").
    collation: 'Finnish_Swedish_100_CI_AS_SC'
    autoPauseDelay: autoPauseDelayMinutes
    minCapacity: json(minVCores)
    requestedBackupStorageRedundancy: 'Zone'
    zoneRedundant: false
  }
}

resource shortTermBackups 'Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies@2021-11-01' = {
  parent: database
  name: 'default'
  properties: {
    retentionDays: backupRetentionDays
  }
}

output serverFqdn string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
