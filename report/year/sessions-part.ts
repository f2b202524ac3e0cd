import type { YearSession } from '../../domain/report/year/year-model';
import { stack, type Block } from '../block';
import { capitalised, longDate } from '../format';
import { fit, rect, text } from '../svg';
import { COLOURS, TYPE } from '../theme';
import { paragraph, type Part, type PortfolioContext } from './portfolio-part';

const NUMBER = 34;

/** Every session of the year in a few lines: when, what kind, who came, what it chose, which topic it took up. */
export function sessionsPart(ctx: PortfolioContext, width: number): Part {
  const { model, t } = ctx;
  const items = model.sessions.map((s, i) => sessionRow(ctx, s, i, width));
  if (items.length === 0) items.push(paragraph(t('portfolio.sessions.none'), width, { fill: COLOURS.muted }));
  return {
    title: t('portfolio.sessions.title'),
    note: t('portfolio.sessions.note', { count: model.sessions.length }),
    items,
  };
}

function sessionRow(ctx: PortfolioContext, session: YearSession, index: number, width: number): Block {
  const { t, model } = ctx;
  const inner = width - NUMBER - 28;
  const figures = [
    t('portfolio.sessions.present', { present: session.present, members: session.members }),
    session.postIts > 0 ? t('portfolio.sessions.postIts', { count: session.postIts }) : '',
    session.actions > 0 ? t('portfolio.sessions.actions', { count: session.actions }) : '',
    session.surveyAnswers !== undefined ? t('portfolio.sessions.answers', { count: session.surveyAnswers }) : '',
  ].filter(Boolean);
  const lines: Block[] = [paragraph(figures.join('  ·  '), inner, { size: TYPE.small, fill: COLOURS.muted, lines: 1 })];
  if (session.topics.length > 0)
    lines.push(paragraph(t('portfolio.sessions.topic', { topics: session.topics.join('; ') }), inner, { lines: 2 }));
  if (session.decisions.length > 0)
    lines.push(paragraph(t('portfolio.sessions.chosen', { ideas: session.decisions.join('; ') }), inner, { lines: 2 }));
  const body = stack(lines, 3);
  const heading = `${longDate(model.language, session.date)}  ·  ${capitalised(t(`format.${session.format}`))}`;
  const height = Math.max(NUMBER + 16, body.height + 40);
  return {
    height,
    draw: (x, y) =>
      [
        index % 2 === 0 ? rect(x, y, width, height, COLOURS.tile, { rx: 8 }) : '',
        rect(x + 8, y + 8, NUMBER, NUMBER, COLOURS.accent, { rx: 8 }),
        text(x + 8 + NUMBER / 2, y + 31, String(session.number), {
          size: 16,
          weight: 'bold',
          fill: COLOURS.paper,
          anchor: 'middle',
        }),
        text(x + NUMBER + 20, y + 22, fit(heading, inner, 12, 'bold'), { size: 12, weight: 'bold', fill: COLOURS.ink }),
        body.draw(x + NUMBER + 20, y + 28),
      ].join(''),
  };
}
