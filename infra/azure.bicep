// Leerkring in Azure, deployed by the Agents Toolkit (teamsapp.yml → arm/deploy). What each resource is for
// and what it costs: docs/deploy.md. Parameters come from azure.parameters.json (filled from env/.env.<env>).
//
//   managed identity ─┬─ is the bot's identity (no bot secret) ── Azure Bot + Teams channel
//                     └─ reads and writes the Storage tables (role assignment, no storage key)
//   App Service (Linux, Node 20, 1..n instances, /healthz) ── Storage account (shared state)
//                                                          └─ Application Insights (logs, failures)

@description('Base of the resource names: lower-case letters and digits.')
@minLength(3)
@maxLength(20)
param resourceBaseName string

@description('App Service plan tier. B1 is the smallest with always-on and more than one instance (up to 3).')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3'])
param webAppSku string

@description('How many instances run behind App Service\'s load balancer: "1", "2", … (B1 allows up to 3).')
param webAppInstanceCount string

@description('The bot\'s name in the Azure portal.')
@maxLength(42)
param botDisplayName string

@description('Client ID of the Entra app registration for the tabs\' single sign-on (written by aadApp/create).')
param ssoClientId string

@description('Its client secret: Microsoft Graph on the user\'s behalf (OBO) or as the app. Kept as an app setting.')
@secure()
param ssoClientSecret string

@description('The Microsoft 365 tenant whose users may open the tabs.')
param m365TenantId string

@description('How reports are filed in the channel\'s Files: as the signed-in facilitator, or as the app.')
@allowed(['delegated', 'app-only'])
param filingMode string

@description('The Teams app\'s id (the manifest\'s): cards link to the tab through Teams.')
param teamsAppId string

var location = resourceGroup().location
// App Service and Azure Bot names are global: a hash of the resource group keeps them unique.
var uniqueName = '${resourceBaseName}-${uniqueString(resourceGroup().id)}'
var storageAccountName = take(toLower('${replace(resourceBaseName, '-', '')}${uniqueString(resourceGroup().id)}'), 24)
// Built-in role "Storage Table Data Contributor".
var tableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: int(webAppInstanceCount)
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: uniqueName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Every instance serves every request: all shared state lives in the Storage account.
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'npm run start:server'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The app signs in with the managed identity, so the account keys are switched off: no secret to leak.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource tableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, tableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
    workspaceCapping: {
      dailyQuotaGb: 1 // a ceiling on the bill should something start logging in a loop
    }
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// The settings server/config.ts reads. Set here rather than in siteConfig so they can use the host name.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    LEERKRING_PUBLIC_URL: 'https://${webApp.properties.defaultHostName}'
    LEERKRING_TEAMS_APP_ID: teamsAppId
    LEERKRING_DATA_DIR: '/home/data'
    MicrosoftAppId: identity.properties.clientId
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppTenantId: identity.properties.tenantId
    AZURE_CLIENT_ID: identity.properties.clientId
    LEERKRING_STORE: 'azure-table'
    LEERKRING_STORAGE_ACCOUNT_URL: storage.properties.primaryEndpoints.table
    LEERKRING_SSO_CLIENT_ID: ssoClientId
    LEERKRING_SSO_APP_ID_URI: 'api://${webApp.properties.defaultHostName}/${ssoClientId}'
    LEERKRING_ALLOWED_TENANTS: m365TenantId
    LEERKRING_FILING: filingMode
    GRAPH_TENANT_ID: m365TenantId
    GRAPH_CLIENT_ID: ssoClientId
    GRAPH_CLIENT_SECRET: ssoClientSecret
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: uniqueName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0' // Teams is a standard channel: its messages are free on F0
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Written to env/.env.<env> by the Toolkit.
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output APP_DOMAIN string = webApp.properties.defaultHostName
output APP_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output BOT_ID string = identity.properties.clientId
