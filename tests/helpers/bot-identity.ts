/** The settings a cloud deployment gives a single-tenant bot with a secret. */
export const singleTenantBot = (password = 'pw') => ({
  MicrosoftAppId: 'bot-app',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: 'tenant-1',
  MicrosoftAppPassword: password,
});

/** The settings a cloud deployment gives a bot that signs in as a user-assigned managed identity: no secret. */
export const managedIdentityBot = (appId: string) => ({
  MicrosoftAppId: appId,
  MicrosoftAppType: 'UserAssignedMSI',
  MicrosoftAppTenantId: 'tenant-1',
});
