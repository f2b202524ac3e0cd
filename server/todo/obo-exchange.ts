import { OnBehalfOfCredential } from '@azure/identity';
import type { GraphConfig } from '../config/graph-config';
import type { TodoSettings } from './todo-sync';

/**
 * To Do through the on-behalf-of flow, with the app registration the tab's SSO token is issued to (the same one
 * delegated report filing uses: it needs the delegated permission Tasks.ReadWrite). Without a delegated Graph
 * configuration (local mode, or app-only filing) there is no To Do: the tab says it needs Teams sign-in.
 */
export function oboTodoSettings(config: GraphConfig): TodoSettings | undefined {
  if (config.kind !== 'delegated') return undefined;
  const { tenantId, clientId } = config;
  const clientSecret = config.secret.reveal();
  return {
    baseUrl: config.baseUrl,
    exchange: (userAssertionToken) =>
      new OnBehalfOfCredential({ tenantId, clientId, clientSecret, userAssertionToken }),
  };
}
