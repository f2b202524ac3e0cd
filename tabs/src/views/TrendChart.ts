import { createElement as h, type ReactNode } from 'react';
import { tokens } from '@fluentui/react-components';
import type { Translate } from '../i18n';
import type { DriverData } from '../types';

/** The driver rating per session (1–5) as a small bar chart; sessions with fewer than 3 ratings show no average. */
export function TrendChart({ trend, t }: { trend: DriverData['trend']; t: Translate }): ReactNode {
  if (trend.length === 0) return h('p', null, t('tab.driver.trendNone'));
  const width = 44;
  const height = 110;
  const label = (p: DriverData['trend'][number]) =>
    p.average === undefined
      ? t('tab.driver.trendTooFew', { number: p.number, count: p.count })
      : t('tab.driver.trendPoint', { number: p.number, average: p.average });
  return h(
    'figure',
    { style: { margin: 0 } },
    h(
      'svg',
      {
        role: 'img',
        'aria-label': trend.map(label).join('; '),
        width: trend.length * width + 24,
        height: height + 24,
        viewBox: `0 0 ${trend.length * width + 24} ${height + 24}`,
      },
      h('line', { x1: 20, x2: trend.length * width + 20, y1: height, y2: height, stroke: tokens.colorNeutralStroke1 }),
      ...trend.map((p, i) => {
        const barHeight = p.average === undefined ? 4 : (p.average / 5) * (height - 16);
        const x = 24 + i * width;
        return h(
          'g',
          { key: p.number },
          h('rect', {
            x,
            y: height - barHeight,
            width: width - 12,
            height: barHeight,
            rx: 3,
            fill: p.average === undefined ? tokens.colorNeutralStroke2 : tokens.colorBrandBackground,
          }),
          p.average === undefined
            ? null
            : h(
                'text',
                {
                  x: x + (width - 12) / 2,
                  y: height - barHeight - 4,
                  textAnchor: 'middle',
                  fontSize: 12,
                  fill: tokens.colorNeutralForeground1,
                },
                String(p.average),
              ),
          h(
            'text',
            {
              x: x + (width - 12) / 2,
              y: height + 16,
              textAnchor: 'middle',
              fontSize: 12,
              fill: tokens.colorNeutralForeground3,
            },
            `#${p.number}`,
          ),
        );
      }),
    ),
    h('figcaption', { className: 'visually-hidden' }, trend.map(label).join('; ')),
  );
}
