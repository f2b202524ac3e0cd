import { actionsAcrossCommunities } from '../../../domain/activities/actions/member-actions';
import type { Deps } from '../../../domain/ports';
import type { Identity } from '../../auth/sso-token';
import { ownerOf } from '../access';

/** A person's actions in every community they belong to, open ones first; communities without any left out. */
export const myActionsView = (deps: Deps, identity: Identity) => actionsAcrossCommunities(deps, ownerOf(identity));
