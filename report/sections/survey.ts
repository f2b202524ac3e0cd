import { framed, quiet, stack, type Block, type Section } from '../block';
import { inlineBars } from '../charts';
import { decimal } from '../format';
import { fit, text } from '../svg';
import { COLOURS, TYPE } from '../theme';

/** The closing session's impact survey: averages per question, only once enough answered to stay anonymous. */
export const surveySection: Section = {
  span: 'full',
  render(ctx, width) {
    const survey = ctx.model.survey;
    if (!survey) return undefined;
    const note = ctx.t('report.survey.note', { count: survey.answers });
    if (!survey.results)
      return framed(ctx.t('report.survey.title'), note, width, quiet(ctx.t('report.survey.waiting'), width));
    const best = Math.max(...survey.results.map((r) => r.average));
    const bars = inlineBars(
      survey.results.map((r) => ({
        label: ctx.t(`report.survey.short.${r.question}`),
        value: r.average,
        valueText: decimal(ctx.model.language, r.average),
        strong: r.average === best,
      })),
      width,
      5,
      Math.min(240, width * 0.36),
    );
    const parts: Block[] = [small(ctx.t('report.survey.scale'), width), bars];
    if (survey.openAnswers > 0) parts.push(small(ctx.t('report.survey.open', { count: survey.openAnswers }), width));
    return framed(ctx.t('report.survey.title'), note, width, stack(parts, 4));
  },
};

const small = (content: string, width: number): Block => ({
  height: 14,
  draw: (x, y) => text(x, y + 10, fit(content, width, TYPE.small), { size: TYPE.small, fill: COLOURS.muted }),
});
