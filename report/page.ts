import type { Block, DrawContext, Section } from './block';
import { dateTime } from './format';
import { el, fit, line, rect, text } from './svg';
import { FONT_FAMILY } from './fonts';
import { COLOURS, PAGE, TYPE } from './theme';
import { header } from './sections/header';
import { attendanceLine } from './sections/attendance';
import { checkInSection } from './sections/check-in';
import { votesSection } from './sections/votes';
import { ideaSections } from './sections/ideas';
import { introductionsSection } from './sections/introductions';
import { surveySection } from './sections/survey';
import { decisionsSection } from './sections/decisions';
import { highlightSections } from './sections/highlights';
import { actionsSection } from './sections/actions';
import { driverSection } from './sections/driver';
import { nextSection } from './sections/next';

/** The footer's band at the bottom of the page, bottom margin included. */
const FOOTER = 48;
const CONTENT = PAGE.width - PAGE.margin * 2;
const HALF = (CONTENT - PAGE.columnGap) / 2;

/** The sections in reading order; half-width ones pair up with the next half-width one. */
const sectionsOf = (ctx: DrawContext): Section[] => [
  checkInSection,
  votesSection,
  ...ideaSections(ctx),
  introductionsSection,
  surveySection,
  ...highlightSections(ctx),
  actionsSection,
  decisionsSection,
  driverSection,
  nextSection,
];

const THIRD = (CONTENT - PAGE.columnGap * 2) / 3;

/**
 * Each present section in its row: half-width sections two to a row, third-width ones up to three
 * (two in halves); a section left alone runs across the page. A partner further down moves up.
 */
function rowsOf(ctx: DrawContext): Block[] {
  const present = sectionsOf(ctx).filter((s) => s.render(ctx, HALF) !== undefined);
  const rows: Block[] = [];
  const placed = new Set<Section>();
  present.forEach((section, i) => {
    if (placed.has(section)) return;
    const size = section.span === 'third' ? 3 : section.span === 'half' ? 2 : 1;
    const open = present.slice(i + 1).filter((s) => !placed.has(s));
    // A half-width section without a half-width partner shares its row with a third-width one.
    const alike = open.filter((s) => s.span === section.span);
    const partners =
      size === 1
        ? []
        : (alike.length > 0 || size === 3 ? alike : open.filter((s) => s.span === 'third')).slice(0, size - 1);
    partners.forEach((p) => placed.add(p));
    rows.push(side([section, ...partners], ctx));
  });
  return rows;
}

function side(sections: Section[], ctx: DrawContext): Block {
  const width = sections.length === 3 ? THIRD : sections.length === 2 ? HALF : CONTENT;
  const blocks = sections.map((s) => s.render(ctx, width));
  return {
    height: Math.max(...blocks.map((b) => b?.height ?? 0)),
    draw: (x, y) => blocks.map((b, i) => b?.draw(x + i * (width + PAGE.columnGap), y) ?? '').join(''),
  };
}

export interface Drawing {
  svg: string;
  width: number;
  height: number;
}

/** The page at one density: header, the rows, and the footer at the bottom; taller than A4 only if it must be. */
export function drawPage(ctx: DrawContext): Drawing {
  const blocks = [header(ctx, CONTENT), attendanceLine(ctx, CONTENT), ...rowsOf(ctx)];
  let y = PAGE.margin;
  const parts: string[] = [];
  blocks.forEach((block, i) => {
    parts.push(block.draw(PAGE.margin, y));
    y += block.height + (i === 0 ? 10 : PAGE.gap);
  });
  const height = Math.max(PAGE.height, Math.ceil(y - PAGE.gap + FOOTER));
  parts.push(footer(ctx, height));
  const body =
    rect(0, 0, PAGE.width, height, COLOURS.paper) + rect(0, 0, PAGE.width, 6, COLOURS.accent) + parts.join('');
  const size = `width="${PAGE.width}" height="${height}" viewBox="0 0 ${PAGE.width} ${height}"`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" ${size}>${el('g', { 'font-family': FONT_FAMILY }, body)}</svg>`;
  return { svg, width: PAGE.width, height };
}

function footer(ctx: DrawContext, height: number): string {
  const { model, t } = ctx;
  const y = height - 26;
  const content = t('report.footer', {
    date: dateTime(model.language, model.generatedAt),
    number: model.session.number,
    community: model.community.name,
  });
  return (
    line(PAGE.margin, y - 12, PAGE.width - PAGE.margin, y - 12, COLOURS.rule) +
    text(PAGE.margin, y, fit(content, CONTENT, TYPE.small - 0.5), { size: TYPE.small - 0.5, fill: COLOURS.faint })
  );
}
