import type { YearAction } from '../../domain/report/year/year-model';
import type { Block } from '../block';
import { shortDate } from '../format';
import { fit, rect, text, wrap } from '../svg';
import { COLOURS, TYPE } from '../theme';
import { paragraph, type Part, type PortfolioContext } from './portfolio-part';

const LINE = 14;

/** Every action agreed in the year, session by session, and what became of it: done, or still open. */
export function actionsPart(ctx: PortfolioContext, width: number): Part {
  const { model, t } = ctx;
  const done = model.actions.filter((a) => a.status === 'done').length;
  const note = t('portfolio.actions.note', { done, count: model.actions.length });
  const title = t('portfolio.actions.title');
  if (model.actions.length === 0)
    return { title, note, items: [paragraph(t('portfolio.actions.none'), width, { fill: COLOURS.muted })] };
  return {
    title,
    note,
    header: headerRow(ctx, width),
    items: model.actions.map((a, i) => actionRow(ctx, a, i, width)),
  };
}

const columns = (width: number) => ({
  session: 8,
  who: 72,
  what: 72 + width * 0.2,
  due: width - 130,
  status: width - 70,
});

function headerRow(ctx: PortfolioContext, width: number): Block {
  const c = columns(width);
  const style = { size: TYPE.small - 0.5, weight: 'bold' as const, fill: COLOURS.muted };
  const label = (key: string) => ctx.t(key).toLocaleUpperCase(ctx.model.language);
  return {
    height: 14,
    draw: (x, y) =>
      [
        text(x + c.session, y + 11, label('portfolio.actions.session'), style),
        text(x + c.who, y + 11, label('report.actions.who'), style),
        text(x + c.what, y + 11, label('report.actions.what'), style),
        text(x + c.due, y + 11, label('report.actions.due'), style),
      ].join(''),
  };
}

function actionRow(ctx: PortfolioContext, action: YearAction, index: number, width: number): Block {
  const { t, model } = ctx;
  const c = columns(width);
  const lines = wrap(action.what, c.due - c.what - 14, TYPE.body, 3);
  const height = lines.length * LINE + 10;
  const done = action.status === 'done';
  const status = t(done ? 'portfolio.actions.done' : 'portfolio.actions.open');
  return {
    height,
    draw: (x, y) =>
      [
        index % 2 === 0 ? rect(x, y - 2, width, height + 4, COLOURS.tile, { rx: 5 }) : '',
        text(x + c.session + 18, y + 15, String(action.sessionNumber), {
          size: TYPE.body,
          weight: 'bold',
          fill: COLOURS.accent,
          anchor: 'middle',
        }),
        text(x + c.who, y + 15, fit(action.ownerName, c.what - c.who - 10, TYPE.body, 'bold'), {
          size: TYPE.body,
          weight: 'bold',
          fill: COLOURS.ink,
        }),
        ...lines.map((l, i) => text(x + c.what, y + 15 + i * LINE, l, { size: TYPE.body, fill: COLOURS.ink })),
        text(x + c.due, y + 15, shortDate(model.language, action.due), { size: TYPE.body, fill: COLOURS.body }),
        rect(x + c.status, y + 4, 62, 16, done ? COLOURS.accentTint : COLOURS.warmTint, { rx: 8 }),
        text(x + c.status + 31, y + 15.5, fit(status, 56, TYPE.small, 'bold'), {
          size: TYPE.small,
          weight: 'bold',
          fill: done ? COLOURS.accent : COLOURS.warm,
          anchor: 'middle',
        }),
      ].join(''),
  };
}
