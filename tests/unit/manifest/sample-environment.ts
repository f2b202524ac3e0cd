/** What provision would have written to env/.env.dev, plus what the admin fills in: enough to build the package. */
export const SAMPLE_ENV: Record<string, string> = {
  TEAMS_APP_ID: '6f1c3b0e-2f4a-4c8e-9a57-0d2a3c4b5e6f',
  BOT_ID: '0b7f5a1c-3d2e-4f6a-8b9c-1d2e3f4a5b6c',
  AAD_APP_CLIENT_ID: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  AAD_APP_TENANT_ID: '11111111-2222-4333-8444-555555555555',
  AAD_APP_OBJECT_ID: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  AAD_APP_ACCESS_AS_USER_PERMISSION_ID: '12345678-90ab-4cde-8f01-234567890abc',
  APP_DOMAIN: 'leerkringdev-abc123.azurewebsites.net',
  APP_ENDPOINT: 'https://leerkringdev-abc123.azurewebsites.net',
  ORGANISATION_NAME: 'Scholengroep De Kring',
  PRIVACY_URL: 'https://www.dekring.example/privacy',
  TERMS_OF_USE_URL: 'https://www.dekring.example/gebruiksvoorwaarden',
  APP_VERSION: '1.0.0',
};
