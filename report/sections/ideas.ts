import type { BoardSummary, PostItGroup } from '../../domain/report/report-model';
import { framed, limit, stack, type Block, type DrawContext, type Section } from '../block';
import { fit, rect, text } from '../svg';
import { COLOURS, TYPE, toneOf } from '../theme';
import { notes } from './notes';
import { moreLine } from './votes';

const COLUMNS = 3;
const GAP = 12;

const IDEA_BOARDS = new Set(['brainstorm', 'agreements', 'discussion']);

/** One section per brainstorm (and agreements) board: its post-its by cluster or category. */
export function ideaSections(ctx: DrawContext): Section[] {
  return ctx.model.boards
    .filter((b) => IDEA_BOARDS.has(b.activity) && b.total > 0)
    .map((board) => ({
      span: 'full' as const,
      render: (c: DrawContext, width: number) => boardBlock(c, board, width),
    }));
}

function boardBlock(ctx: DrawContext, board: BoardSummary, width: number): Block {
  const title = ctx.t(`phase.${board.phaseKey}.title`);
  const prompt = board.prompt ? promptLine(board.prompt, width) : undefined;
  const single = board.groups.length === 1 && board.groups[0]?.kind === 'none';
  const grid = single ? looseGrid(ctx, board.groups[0]?.items ?? [], width) : groupGrid(ctx, board.groups, width);
  return framed(title, boardNote(ctx, board), width, prompt ? stack([prompt, grid], 6) : grid);
}

/** "24 post-its", or with many groups "31 post-its in 5 groups · 3 shown". */
function boardNote(ctx: DrawContext, board: BoardSummary): string {
  const shown = Math.min(board.groups.length, maxGroups(ctx));
  if (board.groups.length <= shown) return ctx.t('report.ideas.note', { count: board.total });
  const groups = ctx.t('report.ideas.groups', { count: board.total, groups: board.groups.length });
  return `${groups} · ${ctx.t('report.ideas.shown', { shown })}`;
}

const maxGroups = (ctx: DrawContext): number => limit(ctx, 6, 3, 3);

const promptLine = (prompt: string, width: number): Block => ({
  height: 16,
  draw: (x, y) => text(x, y + 11, fit(`“${prompt}”`, width, TYPE.body), { size: TYPE.body, fill: COLOURS.muted }),
});

const columnWidth = (width: number) => (width - GAP * (COLUMNS - 1)) / COLUMNS;

/** Groups as cards, three to a row. */
function groupGrid(ctx: DrawContext, groups: PostItGroup[], width: number): Block {
  const shown = largest(groups, maxGroups(ctx));
  const w = columnWidth(width);
  const cards = shown.map((g, i) => groupCard(ctx, g, i, w));
  const rows: Block[] = [];
  for (let i = 0; i < cards.length; i += COLUMNS) rows.push(row(cards.slice(i, i + COLUMNS), w));
  return stack(rows, GAP);
}

/**
 * The `count` biggest groups, in the order they came (clusters come biggest first; categories in the board's order).
 */
function largest(groups: PostItGroup[], count: number): PostItGroup[] {
  const keep = new Set([...groups].sort((a, b) => b.items.length - a.items.length).slice(0, count));
  return groups.filter((g) => keep.has(g));
}

/** A row of cards of equal height. */
function row(cards: ((height?: number) => Block)[], w: number): Block {
  const height = Math.max(...cards.map((c) => c().height));
  return {
    height,
    draw: (x, y) => cards.map((c, i) => c(height).draw(x + i * (w + GAP), y)).join(''),
  };
}

function groupCard(ctx: DrawContext, group: PostItGroup, index: number, width: number): (height?: number) => Block {
  const tone = toneOf(index);
  const label = groupLabel(ctx, group);
  const items = group.items.slice(0, limit(ctx, 3, 3, 2));
  const body = notes(
    items.map((i) => i.text),
    width - 16,
    tone.fill,
    ctx.density === 0 ? 3 : 2,
  );
  const rest = group.items.length - items.length;
  const inner = rest > 0 ? stack([body, moreLine(ctx.t('report.ideas.more', { count: rest }))], 2) : body;
  const natural = 34 + inner.height + 8;
  return (height = natural) => ({
    height,
    draw(x, y) {
      const count = String(group.items.length);
      const countWidth = 26;
      return [
        rect(x + 0.5, y + 0.5, width - 1, height - 1, COLOURS.paper, {
          rx: 8,
          stroke: COLOURS.rule,
          'stroke-width': 1,
        }),
        rect(x + 8, y + 10, 4, 14, tone.tone, { rx: 2 }),
        text(x + 18, y + 21, fit(label, width - 30 - countWidth, TYPE.body, 'bold'), {
          size: TYPE.body,
          weight: 'bold',
          fill: tone.tone,
        }),
        rect(x + width - 8 - countWidth, y + 9, countWidth, 16, tone.fill, { rx: 8 }),
        text(x + width - 8 - countWidth / 2, y + 21, count, {
          size: TYPE.small,
          weight: 'bold',
          fill: tone.tone,
          anchor: 'middle',
        }),
        inner.draw(x + 8, y + 34),
      ].join('');
    },
  });
}

function groupLabel(ctx: DrawContext, group: PostItGroup): string {
  switch (group.kind) {
    case 'cluster':
      return group.label;
    case 'category':
      return ctx.t(`board.category.${group.label}`);
    case 'none':
      return ctx.t('report.ideas.loose');
  }
}

/** A board without clusters or categories: its post-its in three columns, in the order they came. */
function looseGrid(ctx: DrawContext, items: { text: string }[], width: number): Block {
  const shown = items.slice(0, limit(ctx, 12, 9, 6));
  const w = columnWidth(width);
  const columns = Array.from({ length: COLUMNS }, (_, c) =>
    shown.filter((_, i) => i % COLUMNS === c).map((i) => i.text),
  );
  const blocks = columns.map((texts, c) => notes(texts, w, toneOf(c).fill, ctx.density === 0 ? 3 : 2));
  const grid: Block = {
    height: Math.max(...blocks.map((b) => b.height)),
    draw: (x, y) => blocks.map((b, c) => b.draw(x + c * (w + GAP), y)).join(''),
  };
  const rest = items.length - shown.length;
  return rest > 0 ? stack([grid, moreLine(ctx.t('report.ideas.more', { count: rest }))], 4) : grid;
}
