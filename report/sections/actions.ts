import type { ReportAction } from '../../domain/report/report-model';
import { framed, limit, quiet, stack, type Block, type DrawContext, type Section } from '../block';
import { shortDate } from '../format';
import { fit, rect, text, wrap } from '../svg';
import { COLOURS, TYPE } from '../theme';
import { moreLine } from './votes';

const LINE = 14;

/** Who does what by when, as a table. */
export const actionsSection: Section = {
  span: 'full',
  render(ctx, width) {
    const { actions, session } = ctx.model;
    if (actions.length === 0 && !session.phases.some((p) => p.activity === 'actions')) return undefined;
    const note = ctx.t('report.actions.note', { count: actions.length });
    if (actions.length === 0)
      return framed(ctx.t('report.actions.title'), note, width, quiet(ctx.t('report.actions.none'), width));
    const shown = actions.slice(0, limit(ctx, 8, 6, 4));
    const rest = actions.length - shown.length;
    const table = stack([headerRow(ctx, width), ...shown.map((a, i) => actionRow(ctx, a, i, width))], 0);
    return framed(
      ctx.t('report.actions.title'),
      note,
      width,
      rest > 0 ? stack([table, moreLine(ctx.t('report.actions.more', { count: rest }))], 4) : table,
    );
  },
};

const columns = (width: number) => ({ who: 8, what: 8 + width * 0.25, due: width - 120, status: width - 56 });

function headerRow(ctx: DrawContext, width: number): Block {
  const c = columns(width);
  const style = { size: TYPE.small - 0.5, weight: 'bold' as const, fill: COLOURS.muted };
  return {
    height: 20,
    draw: (x, y) =>
      [
        text(x + c.who, y + 12, ctx.t('report.actions.who').toLocaleUpperCase(), style),
        text(x + c.what, y + 12, ctx.t('report.actions.what').toLocaleUpperCase(), style),
        text(x + c.due, y + 12, ctx.t('report.actions.due').toLocaleUpperCase(), style),
      ].join(''),
  };
}

function actionRow(ctx: DrawContext, action: ReportAction, index: number, width: number): Block {
  const c = columns(width);
  const lines = wrap(action.what, c.due - c.what - 14, TYPE.body, 2);
  const height = lines.length * LINE + 12;
  const done = action.status === 'done';
  return {
    height,
    draw(x, y) {
      return [
        index % 2 === 0 ? rect(x, y, width, height, COLOURS.tile, { rx: 5 }) : '',
        text(x + c.who, y + 17, fit(action.ownerName, c.what - c.who - 12, TYPE.body, 'bold'), {
          size: TYPE.body,
          weight: 'bold',
          fill: COLOURS.ink,
        }),
        ...lines.map((l, i) =>
          text(x + c.what, y + 17 + i * LINE, l, { size: TYPE.body, fill: done ? COLOURS.muted : COLOURS.ink }),
        ),
        text(x + c.due, y + 17, shortDate(ctx.model.language, action.due), { size: TYPE.body, fill: COLOURS.body }),
        done
          ? rect(x + c.status, y + 6, 46, 16, COLOURS.accentTint, { rx: 8 }) +
            text(x + c.status + 23, y + 17.5, fit(ctx.t('report.actions.done'), 40, TYPE.small, 'bold'), {
              size: TYPE.small,
              weight: 'bold',
              fill: COLOURS.accent,
              anchor: 'middle',
            })
          : '',
      ].join('');
    },
  };
}
