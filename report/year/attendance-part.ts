import type { Block } from '../block';
import { inlineBars } from '../charts';
import { COLOURS, TYPE } from '../theme';
import { paragraph, type Part, type PortfolioContext } from './portfolio-part';

/** Who took part how often over the year, member by member. */
export function attendancePart(ctx: PortfolioContext, width: number): Part {
  const { model, t } = ctx;
  const total = model.sessions.length;
  const share = model.attendance.averageShare;
  const items: Block[] = [
    paragraph(
      share === undefined
        ? t('portfolio.attendance.noSessions')
        : t('portfolio.attendance.average', { percent: Math.round(share * 100), count: total }),
      width,
      { size: TYPE.small, fill: COLOURS.muted },
    ),
    ...model.attendance.members.map((m) =>
      inlineBars(
        [{ label: m.name, value: m.sessions, valueText: `${m.sessions}/${total}`, strong: m.sessions === total }],
        width,
        Math.max(1, total),
        Math.min(260, width * 0.36),
      ),
    ),
  ];
  return {
    title: t('portfolio.attendance.title'),
    note: t('portfolio.attendance.note', { count: total }),
    items,
    gap: 2,
  };
}
