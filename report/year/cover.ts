import type { Block } from '../block';
import { fit, rect, text, wrap } from '../svg';
import { COLOURS, TYPE } from '../theme';
import type { PortfolioContext } from './portfolio-part';

const TILE = 58;

/** The top of the first page: the community, the school year, and the year's key figures. */
export function cover(ctx: PortfolioContext, width: number): Block {
  const { model, t } = ctx;
  const titleLines = wrap(model.community.name, width, 30, 2, 'bold');
  const year = t('portfolio.schoolYear', { year: model.schoolYear });
  const theme = model.community.theme.trim() ? t('portfolio.theme', { theme: model.community.theme }) : '';
  const titleBottom = 34 + titleLines.length * 36;
  const height = titleBottom + (theme ? 44 : 26) + 18 + TILE;
  return {
    height,
    draw(x, y) {
      return [
        text(x, y + 12, fit(t('portfolio.eyebrow').toLocaleUpperCase(model.language), width, TYPE.eyebrow, 'bold'), {
          size: TYPE.eyebrow,
          weight: 'bold',
          fill: COLOURS.accent,
        }),
        ...titleLines.map((l, i) => text(x, y + 46 + i * 36, l, { size: 30, weight: 'bold', fill: COLOURS.ink })),
        text(x, y + titleBottom + 12, fit(year, width, 15, 'bold'), { size: 15, weight: 'bold', fill: COLOURS.body }),
        theme
          ? text(x, y + titleBottom + 34, fit(theme, width, TYPE.subtitle), {
              size: TYPE.subtitle,
              fill: COLOURS.accent,
            })
          : '',
        tiles(ctx, width).draw(x, y + height - TILE),
      ].join('');
    },
  };
}

function kpis({ model, t }: PortfolioContext): { value: string; label: string }[] {
  const done = model.actions.filter((a) => a.status === 'done').length;
  const share = model.attendance.averageShare;
  return [
    { value: String(model.sessions.length), label: t('portfolio.kpi.sessions', { count: model.sessions.length }) },
    { value: share === undefined ? '–' : `${Math.round(share * 100)}%`, label: t('portfolio.kpi.attendance') },
    { value: `${done}/${model.actions.length}`, label: t('portfolio.kpi.actions') },
    { value: String(model.topics.length), label: t('portfolio.kpi.topics', { count: model.topics.length }) },
  ];
}

function tiles(ctx: PortfolioContext, width: number): Block {
  const items = kpis(ctx);
  const gap = 12;
  const tileWidth = (width - gap * (items.length - 1)) / items.length;
  return {
    height: TILE,
    draw: (x, y) =>
      items
        .map((k, i) => {
          const left = x + i * (tileWidth + gap);
          return [
            rect(left, y, tileWidth, TILE, COLOURS.tile, { rx: 10 }),
            rect(left, y + 13, 3, 32, COLOURS.accent, { rx: 1.5 }),
            text(left + 16, y + 31, fit(k.value, tileWidth - 28, 26, 'bold'), {
              size: 26,
              weight: 'bold',
              fill: COLOURS.ink,
            }),
            text(left + 16, y + 47, fit(k.label, tileWidth - 28, TYPE.small), {
              size: TYPE.small,
              fill: COLOURS.muted,
            }),
          ].join('');
        })
        .join(''),
  };
}
