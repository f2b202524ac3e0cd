import { OFFSET_UNITS } from './plan-words';
import { MAX_OFFSETS, MAX_OFFSET_MINUTES, sortedOffsets } from '../schedule/schedule-settings';
import { fail, ok, type Result } from '../errors';

/** Reminder offsets before a session: "2d 1h", "2d,1u", "2 dagen 1 uur", "1w 30m". Longest first. */
export function readOffsets(words: readonly string[]): Result<number[]> {
  const text = words.join(' ');
  const parts =
    text
      .toLowerCase()
      .replace(/,/g, ' ')
      .match(/\d+\s*[a-z]+/g) ?? [];
  const leftover = text
    .toLowerCase()
    .replace(/,/g, ' ')
    .replace(/\d+\s*[a-z]+/g, '')
    .trim();
  if (parts.length === 0 || leftover !== '') return fail('schedule.errors.offsets', { text });
  const offsets: number[] = [];
  for (const part of parts) {
    const m = /^(\d+)\s*([a-z]+)$/.exec(part);
    const unit = OFFSET_UNITS[m?.[2] ?? ''];
    const minutes = unit === undefined ? NaN : Number(m?.[1]) * unit;
    if (!(minutes >= 1 && minutes <= MAX_OFFSET_MINUTES)) return fail('schedule.errors.offsets', { text });
    offsets.push(minutes);
  }
  const sorted = sortedOffsets(offsets);
  return sorted.length <= MAX_OFFSETS ? ok(sorted) : fail('schedule.errors.offsets', { text });
}
