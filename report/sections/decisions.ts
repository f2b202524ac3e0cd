import { framed, limit, stack, type Block, type DrawContext, type Section } from '../block';
import { circle, el, fit, text, wrap } from '../svg';
import { COLOURS, TYPE } from '../theme';
import { moreLine } from './votes';

/** What was decided: the vote's winners, and the community's prioritised topic list. */
export const decisionsSection: Section = {
  span: 'third',
  render(ctx, width) {
    const { decisions, topics } = ctx.model;
    const parts: Block[] = [];
    if (decisions.length > 0)
      parts.push(
        subheading(ctx.t('report.decisions.chosen'), width),
        chosen(decisions.slice(0, limit(ctx, 3, 3, 2)), width),
      );
    if (topics) {
      parts.push(subheading(ctx.t(topics.published ? 'report.decisions.topics' : 'report.decisions.draft'), width));
      parts.push(
        numbered(
          ctx,
          topics.topics.map((t) => t.text),
          width,
        ),
      );
    }
    if (parts.length === 0) return undefined;
    const note = topics ? ctx.t('report.decisions.rankers', { count: topics.rankers }) : undefined;
    return framed(ctx.t('report.decisions.title'), note, width, stack(parts, 6));
  },
};

const subheading = (label: string, width: number): Block => ({
  height: 14,
  draw: (x, y) =>
    text(x, y + 10, fit(label.toLocaleUpperCase(), width, TYPE.small - 0.5, 'bold'), {
      size: TYPE.small - 0.5,
      weight: 'bold',
      fill: COLOURS.muted,
    }),
});

/** The vote's winners, each with a tick. */
function chosen(items: string[], width: number): Block {
  const item = (lines: string[]): Block => ({
    height: lines.length * 14 + 6,
    draw: (x, top) =>
      tick(x, top) +
      lines
        .map((l, i) => text(x + 22, top + 11 + i * 14, l, { size: TYPE.body, weight: 'bold', fill: COLOURS.ink }))
        .join(''),
  });
  return stack(
    items.map((t) => item(wrap(t, width - 22, TYPE.body, 2, 'bold'))),
    0,
  );
}

const tick = (x: number, top: number): string =>
  circle(x + 7, top + 7, 7, COLOURS.accent) +
  el('polyline', {
    points: `${x + 3.5},${top + 7.2} ${x + 6},${top + 9.6} ${x + 10.5},${top + 4.6}`,
    fill: 'none',
    stroke: COLOURS.paper,
    'stroke-width': 1.6,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  });

function numbered(ctx: DrawContext, items: string[], width: number): Block {
  const shown = items.slice(0, limit(ctx, 5, 4, 3));
  const rows: Block = {
    height: shown.length * 19,
    draw(x, y) {
      return shown
        .map((t, i) => {
          const top = y + i * 19;
          return (
            circle(x + 7, top + 7, 7.5, COLOURS.accentTint) +
            text(x + 7, top + 10.5, String(i + 1), {
              size: TYPE.small,
              weight: 'bold',
              fill: COLOURS.accent,
              anchor: 'middle',
            }) +
            text(x + 22, top + 11, fit(t, width - 22, TYPE.body), { size: TYPE.body, fill: COLOURS.ink })
          );
        })
        .join('');
    },
  };
  const rest = items.length - shown.length;
  return rest > 0 ? stack([rows, moreLine(ctx.t('report.ideas.more', { count: rest }))], 0) : rows;
}
