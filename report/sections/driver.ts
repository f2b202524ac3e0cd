import { framed, quiet, stack, type Block, type Section } from '../block';
import { trendLine } from '../charts';
import { decimal } from '../format';
import { text, wrap } from '../svg';
import { COLOURS, TYPE } from '../theme';

/** Where the community stands toward its driver, session by session. */
export const driverSection: Section = {
  span: 'third',
  render(ctx, width) {
    const { driverTrend, community, language } = ctx.model;
    const parts: Block[] = [];
    if (community.driverGoal.trim())
      parts.push(goal(ctx.t('report.driver.goal', { goal: community.driverGoal }), width));
    if (driverTrend.length === 0) parts.push(quiet(ctx.t('report.driver.none'), width));
    else {
      const recent = driverTrend.slice(-8);
      parts.push(
        trendLine(
          recent.map((p) => ({
            label: ctx.t('report.driver.axis', { number: p.sessionNumber }),
            ...(p.average === undefined ? {} : { value: p.average, valueText: decimal(language, p.average) }),
          })),
          width,
        ),
      );
      if (recent.some((p) => p.average === undefined)) parts.push(quiet(ctx.t('report.driver.few'), width));
    }
    return framed(ctx.t('report.driver.title'), ctx.t('report.driver.note'), width, stack(parts, 6));
  },
};

function goal(content: string, width: number): Block {
  const lines = wrap(content, width, TYPE.body, 2);
  return {
    height: lines.length * 14 + 2,
    draw: (x, y) => lines.map((l, i) => text(x, y + 11 + i * 14, l, { size: TYPE.body, fill: COLOURS.body })).join(''),
  };
}
