import type { DriverSnapshot } from '../../domain/report/year/year-model';
import { stack, type Block } from '../block';
import { trendLine } from '../charts';
import { decimal, longDate } from '../format';
import { rect, text, fit } from '../svg';
import { COLOURS, PAGE, TYPE } from '../theme';
import { paragraph, type Part, type PortfolioContext } from './portfolio-part';

/** The driver: the canvas as first saved and as it stands now, side by side, and the ratings over the year. */
export function driverPart(ctx: PortfolioContext, width: number): Part {
  const { model, t } = ctx;
  const { first, final, revisions, trend } = model.driver;
  const items: Block[] = [];
  if (!first) items.push(paragraph(t('portfolio.driver.none'), width, { fill: COLOURS.muted }));
  else if (!final) items.push(version(ctx, t('portfolio.driver.only'), first, width));
  else {
    const half = (width - PAGE.columnGap) / 2;
    items.push(
      side(
        (height) => version(ctx, t('portfolio.driver.first'), first, half, height),
        (height) => version(ctx, t('portfolio.driver.final'), final, half, height),
        half,
      ),
    );
  }
  if (trend.length > 0) {
    items.push(
      stack(
        [
          paragraph(t('portfolio.driver.trend'), width, { bold: true, fill: COLOURS.ink }),
          trendLine(
            trend.map((p) => ({
              label: t('report.driver.axis', { number: p.sessionNumber }),
              ...(p.average === undefined ? {} : { value: p.average, valueText: decimal(model.language, p.average) }),
            })),
            width,
          ),
        ],
        4,
      ),
    );
  }
  const note = revisions > 0 ? t('portfolio.driver.note', { count: revisions }) : undefined;
  return { title: t('portfolio.driver.title'), ...(note ? { note } : {}), items };
}

/** Two cards side by side, `half` wide each, as tall as the taller one. */
function side(card: (height: number) => Block, other: (height: number) => Block, half: number): Block {
  const tallest = Math.max(card(0).height, other(0).height);
  const [left, right] = [card(tallest), other(tallest)];
  return {
    height: Math.max(left.height, right.height),
    draw: (x, y) => left.draw(x, y) + right.draw(x + half + PAGE.columnGap, y),
  };
}

/** One version of the canvas in a tinted card: when and by whom, the end goal, then the rest. */
function version(ctx: PortfolioContext, label: string, snapshot: DriverSnapshot, width: number, minHeight = 0): Block {
  const { t, model } = ctx;
  const inner = width - 24;
  const d = snapshot.driver;
  const fields: [string, string][] = [
    [t('portfolio.driver.why'), d.whyItMatters],
    [t('portfolio.driver.steps'), d.steps.map((s) => s.text).join(' · ')],
    [t('portfolio.driver.know'), d.howWeWillKnow],
  ];
  const body = stack(
    [
      paragraph(d.endGoal || t('portfolio.driver.noGoal'), inner, {
        size: 12,
        bold: true,
        fill: COLOURS.ink,
        lines: 4,
      }),
      ...fields
        .filter(([, value]) => value.trim())
        .map(([name, value]) =>
          stack(
            [
              paragraph(name, inner, { size: TYPE.small, bold: true, fill: COLOURS.muted }),
              paragraph(value, inner, { lines: 4 }),
            ],
            1,
          ),
        ),
    ],
    8,
  );
  const meta = `${label} · ${longDate(model.language, snapshot.at.slice(0, 10))}`;
  const height = Math.max(minHeight, body.height + 44);
  return {
    height,
    draw: (x, y) =>
      [
        rect(x, y, width, height, COLOURS.accentTint, { rx: 10 }),
        text(x + 12, y + 20, fit(meta.toLocaleUpperCase(model.language), inner, TYPE.small, 'bold'), {
          size: TYPE.small,
          weight: 'bold',
          fill: COLOURS.accent,
        }),
        body.draw(x + 12, y + 30),
      ].join(''),
  };
}
