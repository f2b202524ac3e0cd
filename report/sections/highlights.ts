import type { BoardSummary, PostItGroup } from '../../domain/report/report-model';
import { framed, limit, stack, type Block, type DrawContext, type Section } from '../block';
import { fit, text } from '../svg';
import { GROUP_TONES, TYPE, toneOf } from '../theme';
import { bullets } from './notes';
import { moreLine } from './votes';

/** Tones that say what a column means: green went well, orange can be better, pink we celebrate. */
const CATEGORY_TONES: Record<string, (typeof GROUP_TONES)[number]> = {
  'went-well': GROUP_TONES[2],
  'to-improve': GROUP_TONES[5],
  celebrate: GROUP_TONES[3],
  'take-away': GROUP_TONES[1],
};

const HIGHLIGHT_BOARDS = new Set(['retrospective', 'check-out']);
const GAP = 18;

/**
 * The retrospective and the check-out in short: a few items per column. Suggested agenda items go to "next session".
 */
export function highlightSections(ctx: DrawContext): Section[] {
  return ctx.model.boards
    .filter((b) => HIGHLIGHT_BOARDS.has(b.activity))
    .map((b) => ({ ...b, groups: b.groups.filter((g) => !(g.kind === 'category' && g.label === 'next-agenda')) }))
    .filter((b) => b.groups.length > 0)
    .map((board) => ({
      span: 'full' as const,
      render: (c: DrawContext, width: number) => highlights(c, board, width),
    }));
}

/** The board's groups side by side, three at most. */
function highlights(ctx: DrawContext, board: BoardSummary, width: number): Block {
  const count = Math.min(3, board.groups.length);
  const columnWidth = (width - GAP * (count - 1)) / count;
  const columns = board.groups.slice(0, count).map((g, i) => column(ctx, g, i, columnWidth));
  const total = board.groups.reduce((n, g) => n + g.items.length, 0);
  const row: Block = {
    height: Math.max(...columns.map((c) => c.height)),
    draw: (x, y) => columns.map((c, i) => c.draw(x + i * (columnWidth + GAP), y)).join(''),
  };
  return framed(ctx.t(`phase.${board.phaseKey}.title`), ctx.t('report.ideas.note', { count: total }), width, row);
}

function column(ctx: DrawContext, group: PostItGroup, index: number, width: number): Block {
  const tone = (group.kind === 'category' ? CATEGORY_TONES[group.label] : undefined) ?? toneOf(index);
  const label =
    group.kind === 'category'
      ? ctx.t(`board.category.${group.label}`)
      : group.kind === 'cluster'
        ? group.label
        : ctx.t('report.ideas.all');
  const items = group.items.slice(0, limit(ctx, 3, 3, 2));
  const list = bullets(
    items.map((i) => i.text),
    width,
    tone.tone,
    2,
  );
  const rest = group.items.length - items.length;
  const heading: Block = {
    height: 18,
    draw: (x, y) =>
      text(x, y + 11, fit(`${label} (${group.items.length})`, width, TYPE.body, 'bold'), {
        size: TYPE.body,
        weight: 'bold',
        fill: tone.tone,
      }),
  };
  return stack(rest > 0 ? [heading, list, moreLine(ctx.t('report.ideas.more', { count: rest }))] : [heading, list], 1);
}
