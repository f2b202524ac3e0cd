/** What the tab needs from Teams; teams-js is loaded only when the page runs inside Teams. */
export interface TeamsHost {
  locale: string;
  theme: string;
  teamId: string | null;
  channelId: string | null;
  /** The view a deep link to the tab asks for (its `subEntityId`). */
  subPageId: string | null;
  /** Where Teams shows the tab: `content` (a channel or chat tab), `sidePanel` or `meetingStage` in a meeting. */
  frameContext: string | null;
  /** From the meeting's side panel: puts this URL on everyone's stage (teams-js `shareAppContentToStage`). */
  shareToStage: (url: string) => Promise<void>;
  token: () => Promise<string>;
  onThemeChange: (handler: (theme: string) => void) => void;
}

/** Inside Teams (an iframe or a Teams client), teams-js answers; a plain browser has no host. */
export const mayBeInTeams = (): boolean => window.parent !== window || /Teams/i.test(navigator.userAgent);

export async function connectToTeams(): Promise<TeamsHost> {
  const { app, authentication, meeting } = await import('@microsoft/teams-js');
  await app.initialize();
  const context = await app.getContext();
  // The bot keys a community on the team's thread id (team.internalId) and the channel's thread id;
  // a group chat tab has no team: the chat id stands for the channel.
  return {
    locale: context.app.locale,
    theme: context.app.theme,
    teamId: context.team?.internalId ?? null,
    channelId: context.channel?.id ?? context.chat?.id ?? null,
    subPageId: context.page.subPageId || null,
    frameContext: context.page.frameContext ?? null,
    shareToStage: (url) =>
      new Promise((resolve, reject) =>
        meeting.shareAppContentToStage(
          (error) => (error ? reject(new Error(String(error.errorCode))) : resolve()),
          url,
        ),
      ),
    token: () => authentication.getAuthToken(),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler(handler),
  };
}
