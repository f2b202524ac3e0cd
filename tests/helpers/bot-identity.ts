/** The settings a cloud deployment gives a single-tenant bot with a secret. */
export const singleTenantBot = (password = 'pw') => ({
  MicrosoftAppId: 'bot-app',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: 'tenant-1',
  MicrosoftAppPassword: password,
});
