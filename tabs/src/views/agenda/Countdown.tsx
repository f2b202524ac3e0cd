import { useEffect, useState, type ReactNode } from 'react';
import type { Translate } from '../../i18n';

const clock = (s: number) => `${Math.floor(Math.abs(s) / 60)}:${String(Math.abs(s) % 60).padStart(2, '0')}`;

/** Time left in the phase's timebox, ticking every second; over time it says by how much. */
export function Countdown({ startedAt, minutes, t }: { startedAt: string; minutes: number; t: Translate }): ReactNode {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.round((new Date(startedAt).getTime() + minutes * 60_000 - now) / 1000);
  return (
    <span role="timer" aria-live="off" style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
      {left >= 0 ? t('tab.agenda.left', { time: clock(left) }) : t('tab.agenda.over', { time: clock(left) })}
    </span>
  );
}
