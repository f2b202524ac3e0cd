import type { Block, DrawContext } from '../block';
import { measure } from '../fonts';
import { capitalised, longDate } from '../format';
import { el, fit, rect, text, wrap } from '../svg';
import { COLOURS, TYPE } from '../theme';

const BADGE = 78;

/** The top of the page: what community, which session, when, and its key figures at a glance. */
export function header(ctx: DrawContext, width: number): Block {
  const { model, t } = ctx;
  const titleLines = wrap(model.community.name, width - BADGE - 24, TYPE.title, 2, 'bold');
  const meta = [
    t('report.session', { number: model.session.number }),
    capitalised(t(`format.${model.session.format}`)),
    longDate(model.language, model.session.date),
  ].join('  ·  ');
  const theme = model.community.theme.trim() ? t('report.theme', { theme: model.community.theme }) : '';
  const status = model.session.state === 'ended' ? '' : t(`report.${model.session.state}`);
  // Baselines from the top, line by line.
  const titleY = 20;
  const metaY = titleY + titleLines.length * 31 + 18;
  const themeY = metaY + (theme ? 20 : 0);
  const statusY = themeY + (status ? 10 : 0);
  const textHeight = statusY + (status ? 20 : 6);
  const tiles = kpiTiles(ctx, width);
  const height = Math.max(textHeight, BADGE) + 10 + tiles.height;
  return {
    height,
    draw(x, y) {
      const parts = [
        text(
          x,
          y + 10,
          fit(t('report.eyebrow').toLocaleUpperCase(model.language), width - BADGE - 24, TYPE.eyebrow, 'bold'),
          { size: TYPE.eyebrow, weight: 'bold', fill: COLOURS.accent },
        ),
        ...titleLines.map((l, i) =>
          text(x, y + titleY + 24 + i * 31, l, { size: TYPE.title, weight: 'bold', fill: COLOURS.ink }),
        ),
        text(x, y + metaY, fit(meta, width - BADGE - 24, TYPE.subtitle), { size: TYPE.subtitle, fill: COLOURS.body }),
        theme
          ? text(x, y + themeY, fit(theme, width - BADGE - 24, TYPE.subtitle, 'bold'), {
              size: TYPE.subtitle,
              weight: 'bold',
              fill: COLOURS.accent,
            })
          : '',
        status ? pill(x, y + statusY, status) : '',
        badge(x + width - BADGE, y, t('report.session', { number: '' }).trim(), String(model.session.number)),
        tiles.draw(x, y + height - tiles.height),
      ];
      return parts.join('');
    },
  };
}

function badge(x: number, y: number, label: string, number: string): string {
  return [
    rect(x, y, BADGE, BADGE, COLOURS.accent, { rx: 14 }),
    text(x + BADGE / 2, y + 25, fit(label.toLocaleUpperCase(), BADGE - 10, 8.5, 'bold'), {
      size: 8.5,
      weight: 'bold',
      fill: '#D5EEEA',
      anchor: 'middle',
    }),
    text(x + BADGE / 2, y + 60, number, {
      size: number.length > 2 ? 26 : 34,
      weight: 'bold',
      fill: COLOURS.paper,
      anchor: 'middle',
    }),
  ].join('');
}

function pill(x: number, y: number, label: string): string {
  const content = fit(label, 420, TYPE.small, 'bold');
  const w = measure(content, TYPE.small, 'bold') + 20;
  return el(
    'g',
    {},
    rect(x, y, w, 18, COLOURS.warmTint, { rx: 9 }) +
      text(x + 10, y + 12.5, content, { size: TYPE.small, weight: 'bold', fill: COLOURS.warm }),
  );
}

interface Kpi {
  value: string;
  label: string;
}

function kpis(ctx: DrawContext): Kpi[] {
  const { model, t } = ctx;
  const activities = new Set(model.session.phases.map((p) => p.activity));
  const postIts = model.boards.reduce((n, b) => n + b.total, 0);
  const candidates: (Kpi | false)[] = [
    { value: `${model.attendance.present.length}/${model.attendance.members}`, label: t('report.kpi.present') },
    model.boards.length > 0 && { value: String(postIts), label: t('report.kpi.postIts') },
    model.votes.length > 0 && {
      value: String(Math.max(...model.votes.map((v) => v.voters))),
      label: t('report.kpi.voters'),
    },
    (activities.has('actions') || model.actions.length > 0) && {
      value: String(model.actions.length),
      label: t('report.kpi.actions'),
    },
    model.survey !== undefined && { value: String(model.survey.answers), label: t('report.kpi.answers') },
    model.introductions.length > 0 && { value: String(model.introductions.length), label: t('report.kpi.introduced') },
    activities.has('rank') &&
      model.topics !== undefined && { value: String(model.topics.rankers), label: t('report.kpi.ranked') },
    activities.has('check-in') && { value: String(model.checkIn.checkIns), label: t('report.kpi.checkIns') },
  ];
  return candidates.filter((k): k is Kpi => k !== false).slice(0, 4);
}

function kpiTiles(ctx: DrawContext, width: number): Block {
  const items = kpis(ctx);
  const gap = 12;
  const tileWidth = (width - gap * (items.length - 1)) / items.length;
  return {
    height: 50,
    draw(x, y) {
      return items
        .map((k, i) => {
          const left = x + i * (tileWidth + gap);
          return (
            rect(left, y, tileWidth, 50, COLOURS.tile, { rx: 10 }) +
            rect(left, y + 11, 3, 28, COLOURS.accent, { rx: 1.5 }) +
            text(left + 16, y + 27, fit(k.value, tileWidth - 28, TYPE.kpi, 'bold'), {
              size: TYPE.kpi,
              weight: 'bold',
              fill: COLOURS.ink,
            }) +
            text(left + 16, y + 41, fit(k.label, tileWidth - 28, TYPE.small), { size: TYPE.small, fill: COLOURS.muted })
          );
        })
        .join('');
    },
  };
}
