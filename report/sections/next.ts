import { framed, limit, stack, type Block, type DrawContext, type Section } from '../block';
import { isDay, longDate } from '../format';
import { fit, text } from '../svg';
import { COLOURS, PAGE, TYPE } from '../theme';
import { bullets } from './notes';

/** What comes next: the planned date (if the schedule knows it) and what members put forward for the agenda. */
export const nextSection: Section = {
  span: 'third',
  render(ctx, width) {
    const when = plan(ctx, width);
    const ideas = suggestions(ctx);
    if (!ideas) return framed(ctx.t('report.next.title'), undefined, width, when);
    if (width < 500) return framed(ctx.t('report.next.title'), undefined, width, stack([when, ideas(width)], 6));
    // Across the page: the date on the left, the suggestions on the right.
    const half = (width - PAGE.columnGap) / 2;
    const left = plan(ctx, half);
    const right = ideas(half);
    const body: Block = {
      height: Math.max(left.height, right.height),
      draw: (x, y) => left.draw(x, y) + right.draw(x + half + PAGE.columnGap, y),
    };
    return framed(ctx.t('report.next.title'), undefined, width, body);
  },
};

function plan(ctx: DrawContext, width: number): Block {
  const { next, language } = ctx.model;
  const when = isDay(next.date) ? longDate(language, next.date) : ctx.t('report.next.unplanned');
  const parts: Block[] = [line(when, width, 17, 'bold', isDay(next.date) ? COLOURS.ink : COLOURS.muted, 22)];
  const at = [next.time, next.place].filter((v): v is string => Boolean(v?.trim()));
  if (at.length > 0) parts.push(line(at.join(' · '), width, TYPE.body, 'regular', COLOURS.body, 16));
  if (next.topic?.trim())
    parts.push(line(ctx.t('report.next.topic', { topic: next.topic }), width, TYPE.body, 'bold', COLOURS.accent, 16));
  return stack(parts, 2);
}

function suggestions(ctx: DrawContext): ((width: number) => Block) | undefined {
  const items = ctx.model.next.suggestions;
  if (items.length === 0) return undefined;
  return (width) =>
    stack(
      [
        line(ctx.t('report.next.suggestions').toLocaleUpperCase(), width, TYPE.small - 0.5, 'bold', COLOURS.muted, 16),
        bullets(items.slice(0, limit(ctx, 4, 3, 2)), width, COLOURS.accent, 2),
      ],
      2,
    );
}

function line(
  content: string,
  width: number,
  size: number,
  weight: 'regular' | 'bold',
  fill: string,
  height: number,
): Block {
  return { height, draw: (x, y) => text(x, y + height - 5, fit(content, width, size, weight), { size, weight, fill }) };
}
