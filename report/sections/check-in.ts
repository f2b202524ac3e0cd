import { COLOURS as CHECK_IN_COLOUR_NAMES, MOODS } from '../../domain/activities/check-in/check-in';
import { framed, limit, quiet, type Block, type DrawContext, type Section } from '../block';
import { countColumns, wordCloud } from '../charts';
import { rect } from '../svg';
import { CHECK_IN_COLOURS, COLOURS, GROUP_TONES, MOOD_COLOURS } from '../theme';
import { weatherIcon } from '../weather-icons';

/** The mood of the room at the check-in, as the session's variant asked it: weather, colour or one word. */
export const checkInSection: Section = {
  span: 'half',
  render(ctx, width) {
    const { checkIn, session } = ctx.model;
    if (!session.phases.some((p) => p.activity === 'check-in')) return undefined;
    const note = [
      ctx.t('report.mood.note', { count: checkIn.checkIns }),
      checkIn.late > 0 ? ctx.t('report.mood.late', { count: checkIn.late }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    return framed(
      ctx.t('report.mood.title'),
      note,
      width,
      chart(ctx, width) ?? quiet(ctx.t('report.mood.none'), width),
    );
  },
};

function chart(ctx: DrawContext, width: number): Block | undefined {
  const { variant, summary } = ctx.model.checkIn;
  switch (variant) {
    case 'weather': {
      if (MOODS.every((m) => summary.moods[m] === 0)) return undefined;
      return countColumns(
        MOODS.map((m) => ({
          label: ctx.t(`report.mood.labels.${m}`),
          count: summary.moods[m],
          fill: MOOD_COLOURS[m],
          icon: (cx, cy) => weatherIcon(m, cx, cy, 20),
        })),
        width,
      );
    }
    case 'colour': {
      const picked = CHECK_IN_COLOUR_NAMES.filter((c) => summary.colours[c] > 0);
      if (picked.length === 0) return undefined;
      return countColumns(
        picked.map((c) => ({
          label: ctx.t(`colours.${c}`),
          count: summary.colours[c],
          fill: CHECK_IN_COLOURS[c],
          icon: (cx, cy) =>
            rect(cx - 8, cy - 8, 16, 16, CHECK_IN_COLOURS[c], { rx: 8, stroke: COLOURS.faint, 'stroke-width': 0.8 }),
        })),
        width,
      );
    }
    case 'word': {
      if (summary.words.length === 0) return undefined;
      return wordCloud(
        summary.words.slice(0, limit(ctx, 18, 14, 10)),
        width,
        GROUP_TONES.map((t) => t.tone),
      );
    }
  }
}
