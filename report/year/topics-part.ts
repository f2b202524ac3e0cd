import type { YearTopic } from '../../domain/report/year/year-model';
import type { Block } from '../block';
import { fit, rect, text, wrap } from '../svg';
import { COLOURS, TYPE } from '../theme';
import { paragraph, type Part, type PortfolioContext } from './portfolio-part';

/** The prioritised topic list as it stands, and which sessions of the year took each topic up. */
export function topicsPart(ctx: PortfolioContext, width: number): Part {
  const { model, t } = ctx;
  const items = model.topics.map((topic, i) => topicRow(ctx, topic, i, width));
  if (items.length === 0) items.push(paragraph(t('portfolio.topics.none'), width, { fill: COLOURS.muted }));
  else items.unshift(paragraph(t('portfolio.topics.intro'), width, { size: TYPE.small, fill: COLOURS.muted }));
  return {
    title: t('portfolio.topics.title'),
    note: t('portfolio.topics.note', { count: model.topics.length }),
    items,
  };
}

function topicRow(ctx: PortfolioContext, topic: YearTopic, index: number, width: number): Block {
  const { t } = ctx;
  const sessions = topic.takenUpIn.length
    ? t('portfolio.topics.takenUp', { sessions: topic.takenUpIn.join(', '), count: topic.takenUpIn.length })
    : t('portfolio.topics.notYet');
  const right = 190;
  const lines = wrap(topic.text, width - right - 60, TYPE.body, 2);
  const height = lines.length * 14 + 12;
  const taken = topic.takenUpIn.length > 0;
  return {
    height,
    draw: (x, y) =>
      [
        index % 2 === 0 ? rect(x, y, width, height, COLOURS.tile, { rx: 5 }) : '',
        text(x + 16, y + 17, String(topic.rank), {
          size: TYPE.body,
          weight: 'bold',
          fill: COLOURS.accent,
          anchor: 'middle',
        }),
        ...lines.map((l, i) => text(x + 34, y + 17 + i * 14, l, { size: TYPE.body, fill: COLOURS.ink })),
        text(x + width - right, y + 17, fit(t('portfolio.topics.points', { count: topic.points }), 70, TYPE.small), {
          size: TYPE.small,
          fill: COLOURS.muted,
        }),
        text(x + width - right + 76, y + 17, fit(sessions, right - 84, TYPE.small, 'bold'), {
          size: TYPE.small,
          weight: 'bold',
          fill: taken ? COLOURS.accent : COLOURS.faint,
        }),
      ].join(''),
  };
}
