import type { Block } from '../block';
import { inlineBars } from '../charts';
import { decimal } from '../format';
import { COLOURS, TYPE } from '../theme';
import { paragraph, type Part, type PortfolioContext } from './portfolio-part';

/**
 * The impact survey's results, under the survey's own rules (the model holds them only from its anonymity threshold
 * on): averages per question; of the open answers only how many there were.
 */
export function surveyPart(ctx: PortfolioContext, width: number): Part {
  const { model, t } = ctx;
  const survey = model.survey;
  const title = t('portfolio.survey.title');
  if (!survey) return { title, items: [paragraph(t('portfolio.survey.none'), width, { fill: COLOURS.muted })] };
  const note = t('portfolio.survey.note', { count: survey.answers, number: survey.sessionNumber });
  if (!survey.results)
    return { title, note, items: [paragraph(t('portfolio.survey.few'), width, { fill: COLOURS.muted })] };
  const best = Math.max(...survey.results.map((r) => r.average));
  const items: Block[] = [
    paragraph(t('report.survey.scale'), width, { size: TYPE.small, fill: COLOURS.muted }),
    ...survey.results.map((r) =>
      inlineBars(
        [
          {
            label: t(`report.survey.short.${r.question}`),
            value: r.average,
            valueText: decimal(model.language, r.average),
            strong: r.average === best,
          },
        ],
        width,
        5,
        Math.min(300, width * 0.4),
      ),
    ),
  ];
  if (survey.openAnswers > 0)
    items.push(
      paragraph(t('report.survey.open', { count: survey.openAnswers }), width, {
        size: TYPE.small,
        fill: COLOURS.muted,
      }),
    );
  return { title, note, items, gap: 2, keepTogether: true };
}
