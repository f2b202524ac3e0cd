import { ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { GraphConfig } from '../config/graph-config';
import { appOnlyAccess, delegatedAccess, type DelegatedSignIns } from './graph-access';
import { graphFiler } from './graph-filer';
import { localFiler } from './local-filer';
import { oboSignIns } from './obo-sign-ins';
import type { ReportFiler } from './report-filer';

export interface FilerWiring {
  /** The server's public URL, for links to locally filed reports. */
  publicUrl: string;
  /** Delegated mode: where sign-ins come from. Defaults to OBO from the tab's SSO tokens (`signIns` in the result). */
  signIns?: DelegatedSignIns;
}

/** The filer the configuration asks for; in delegated mode also the OBO sign-ins to feed with the tab's SSO tokens. */
export function createReportFiler(
  config: GraphConfig,
  wiring: FilerWiring,
): { filer: ReportFiler; obo?: ReturnType<typeof oboSignIns> } {
  switch (config.kind) {
    case 'local':
      return { filer: localFiler({ dir: config.dir, publicUrl: wiring.publicUrl }) };
    case 'app-only':
      return { filer: graphFiler(appOnlyAccess({ baseUrl: config.baseUrl }, appCredential(config))) };
    case 'delegated': {
      const obo = oboSignIns({
        tenantId: config.tenantId,
        clientId: config.clientId,
        clientSecret: config.secret.reveal(),
      });
      return { filer: graphFiler(delegatedAccess({ baseUrl: config.baseUrl }, wiring.signIns ?? obo)), obo };
    }
  }
}

function appCredential(config: Extract<GraphConfig, { kind: 'app-only' }>): TokenCredential {
  if (config.secret) return new ClientSecretCredential(config.tenantId, config.clientId, config.secret.reveal());
  return new ManagedIdentityCredential({ clientId: config.managedIdentityClientId ?? config.clientId });
}
