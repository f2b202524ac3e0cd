import type { Api } from '../api';
import type { Lang, Translate } from '../i18n';
import type { Role } from '../types';

/** What every view of a community's channel tab is given. */
export interface ViewProps {
  api: Api;
  communityId: string;
  role: Role;
  t: Translate;
  lang: Lang;
  /** Raised on every live update: views reload their data. */
  version: number;
}
