/** The download path of one planned session's calendar event, or (without a key) of the whole schedule. */
export const calendarPath = (communityId: string, key?: string): string =>
  `/calendar/${encodeURIComponent(communityId)}/${key ?? 'schedule'}.ics`;
