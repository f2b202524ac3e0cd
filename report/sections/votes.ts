import type { VoteSummary } from '../../domain/report/report-model';
import { framed, limit, quiet, stack, type Block, type DrawContext, type Section } from '../block';
import { stackedBars } from '../charts';
import { text } from '../svg';
import { COLOURS, TYPE } from '../theme';

export const votesSection: Section = {
  span: 'half',
  render(ctx, width) {
    const votes = ctx.model.votes;
    if (votes.length === 0) return undefined;
    const blocks = votes.map((vote) => {
      const title =
        votes.length > 1
          ? `${ctx.t('report.votes.title')}: ${ctx.t(`phase.${vote.phaseKey}.title`)}`
          : ctx.t('report.votes.title');
      return framed(title, ctx.t('report.votes.note', { count: vote.voters }), width, voteBody(ctx, vote, width));
    });
    return stack(blocks, 16);
  },
};

function voteBody(ctx: DrawContext, vote: VoteSummary, width: number): Block {
  if (!vote.results) return quiet(ctx.t('report.votes.hidden'), width);
  const voted = vote.results.filter((r) => r.votes > 0);
  if (voted.length === 0) return quiet(ctx.t('report.votes.none'), width);
  const shown = voted.slice(0, limit(ctx, 6, 4, 3));
  const bars = stackedBars(
    shown.map((r) => ({
      label: r.tied ? `${r.text} ${ctx.t('report.votes.tied')}` : r.text,
      value: r.votes,
      strong: r.rank === 1,
    })),
    width,
    shown[0]?.votes ?? 1,
    ctx.density === 0 ? 2 : 1,
  );
  const rest = voted.length - shown.length;
  return rest > 0 ? stack([bars, moreLine(ctx.t('report.votes.more', { count: rest }))], 0) : bars;
}

export const moreLine = (label: string): Block => ({
  height: 16,
  draw: (x, y) => text(x, y + 11, label, { size: TYPE.small, fill: COLOURS.muted }),
});
