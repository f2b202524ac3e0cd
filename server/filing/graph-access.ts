import type { AccessToken, TokenCredential } from '@azure/identity';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { FilingJob, FilingRequester } from '../../domain/report/filing';
import { FilingError } from './filing-error';
import type { GraphActor } from './graph-calls';
import { createGraphClient, GRAPH_SCOPE, type GraphClientOptions } from './graph-client';
import { describe } from './upload-retry';

/**
 * Gives the Graph client to file a job with: the app's own (app-only), or one acting for the person who asked
 * (delegated).
 */
export interface GraphAccess {
  readonly actor: GraphActor;
  clientFor(job: FilingJob): Promise<Client>;
}

type ClientSettings = Omit<GraphClientOptions, 'credential'>;

/** App-only: one client for every job, with the app's credential (client secret or managed identity). */
export function appOnlyAccess(settings: ClientSettings, credential: TokenCredential): GraphAccess {
  const client = createGraphClient({ ...settings, credential });
  return { actor: 'app-only', clientFor: () => Promise.resolve(client) };
}

/** Where delegated credentials come from: the sign-ins at hand (see `oboSignIns`, or the bot's token service). */
export interface DelegatedSignIns {
  /** A credential acting for this person, or undefined when no sign-in of theirs is at hand (nothing is stored). */
  credentialFor(requester: FilingRequester): Promise<TokenCredential | undefined> | TokenCredential | undefined;
}

/**
 * Delegated: each job is filed on behalf of the facilitator who asked for it. Without their sign-in at hand (after a
 * restart, or once their token has run out) the attempt ends with a sign-in failure: the job waits, and the
 * facilitator is asked to type /report or open the tab, which brings a fresh token.
 */
export function delegatedAccess(settings: ClientSettings, signIns: DelegatedSignIns): GraphAccess {
  return {
    actor: 'delegated',
    clientFor: async (job) => {
      const credential = job.requestedBy ? await signIns.credentialFor(job.requestedBy) : undefined;
      if (!credential) throw FilingError.signIn('no sign-in of the facilitator at hand');
      await tokenOrSignIn(credential);
      return createGraphClient({ ...settings, credential });
    },
  };
}

/** Asks for the token before any Graph call, so an expired or refused assertion reads as "sign in again". */
async function tokenOrSignIn(credential: TokenCredential): Promise<AccessToken> {
  try {
    const token = await credential.getToken(GRAPH_SCOPE);
    if (!token) throw new Error('no token');
    return token;
  } catch (error) {
    throw FilingError.signIn(`the facilitator's token could not be used: ${describe(error)}`);
  }
}

/** A credential around a token obtained elsewhere (e.g. the bot's token service after a Teams SSO sign-in). */
export const tokenCredential = (getToken: () => Promise<AccessToken | null>): TokenCredential => ({ getToken });
