import { framed, limit, type Section } from '../block';
import { fit, text } from '../svg';
import { COLOURS, TYPE } from '../theme';
import { moreLine } from './votes';

const COLUMNS = 3;

/** The start session's introductions: names and programmes, three to a row. */
export const introductionsSection: Section = {
  span: 'full',
  render(ctx, width) {
    const intros = ctx.model.introductions;
    if (intros.length === 0) return undefined;
    const shown = intros.slice(0, limit(ctx, 12, 9, 6));
    const rows = Math.ceil(shown.length / COLUMNS);
    const w = width / COLUMNS;
    const rest = intros.length - shown.length;
    const more = rest > 0 ? moreLine(ctx.t('report.ideas.more', { count: rest })) : undefined;
    const body = {
      height: rows * 34 + (more?.height ?? 0),
      draw: (x: number, y: number) =>
        shown
          .map((p, i) => {
            const left = x + (i % COLUMNS) * w;
            const top = y + Math.floor(i / COLUMNS) * 34;
            return (
              text(left, top + 12, fit(p.name, w - 12, TYPE.body, 'bold'), {
                size: TYPE.body,
                weight: 'bold',
                fill: COLOURS.ink,
              }) +
              text(left, top + 26, fit(p.programme || '—', w - 12, TYPE.small), {
                size: TYPE.small,
                fill: COLOURS.muted,
              })
            );
          })
          .join('') + (more ? more.draw(x, y + rows * 34) : ''),
    };
    return framed(
      ctx.t('report.introductions.title'),
      ctx.t('report.introductions.note', { count: intros.length }),
      width,
      body,
    );
  },
};
