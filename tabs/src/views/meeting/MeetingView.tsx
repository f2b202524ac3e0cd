import { useState, type ReactNode } from 'react';
import { MeetingPlace, type MeetingViewProps } from './MeetingPlace';

/** The tab in a meeting: the side panel or the shared stage of the community the meeting belongs to. */
export function MeetingView(props: MeetingViewProps): ReactNode {
  // Linking the meeting chat changes which community it opens: the place is then asked again.
  const [links, setLinks] = useState(0);
  return <MeetingPlace key={links} {...props} onLinked={() => setLinks((n) => n + 1)} />;
}
