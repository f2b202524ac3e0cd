// What the tab as a whole reads from the API (each view's own answers are typed beside the view).
import type { LocalPlace, LocalUser } from '../../server/auth/local-identities';

export type Role = 'facilitator' | 'member' | 'observer';

export interface Settings {
  mode: 'local' | 'cloud';
  ssoClientId?: string;
  localUsers?: LocalUser[];
  localPlace?: LocalPlace;
}

export interface Me {
  user: { name: string; local: boolean };
  /** `archivedAt`: the community was archived at the end of its PLG and is read-only. */
  community: {
    id: string;
    name: string;
    language: 'nl' | 'en';
    role: Role;
    userId: string;
    archivedAt?: string;
  } | null;
  reason?: 'none' | 'not-member';
}
