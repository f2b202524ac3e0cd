import type { Lang } from './i18n';
import type { TeamsHost } from './teams';
import type { ThemeName } from './theme';
import type { Settings } from './types';

/** Where the tab is shown: a channel's tab, or a meeting's side panel or shared stage. */
export const FRAMES = ['content', 'sidePanel', 'meetingStage'] as const;
export type Frame = (typeof FRAMES)[number];

export const VIEW_NAMES = ['driver', 'topics', 'agenda', 'history', 'community'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** What the tab starts with: the server's settings, then Teams' context or the page's address. */
export interface Startup {
  settings: Settings;
  /** `my-actions` and `overview`: the personal tabs across communities; otherwise the channel tab. */
  view: 'channel' | 'my-actions' | 'overview';
  /** Teams' frame context; in a plain browser `?frameContext=sidePanel|meetingStage` plays a meeting. */
  frame: Frame;
  place: { teamId: string | null; channelId: string | null };
  lang: Lang;
  theme: ThemeName;
  host?: TeamsHost;
  /** Local mode: the sample person played, remembered between visits. */
  localUser?: string;
  initialView?: ViewName;
}
