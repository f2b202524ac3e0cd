import type { ReactNode } from 'react';
import { tokens } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import type { DriverData } from './use-driver';

const WIDTH = 44;
const HEIGHT = 110;

/** The driver rating per session (1–5) as a small bar chart; sessions with fewer than 3 ratings show no average. */
export function TrendChart({ trend, t }: { trend: DriverData['trend']; t: Translate }): ReactNode {
  if (trend.length === 0) return <p>{t('tab.driver.trendNone')}</p>;
  const label = (p: DriverData['trend'][number]) =>
    p.average === undefined
      ? t('tab.driver.trendTooFew', { number: p.number, count: p.count })
      : t('tab.driver.trendPoint', { number: p.number, average: p.average });
  const chartWidth = trend.length * WIDTH + 24;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={trend.map(label).join('; ')}
        width={chartWidth}
        height={HEIGHT + 24}
        viewBox={`0 0 ${chartWidth} ${HEIGHT + 24}`}
      >
        <line x1={20} x2={trend.length * WIDTH + 20} y1={HEIGHT} y2={HEIGHT} stroke={tokens.colorNeutralStroke1} />
        {trend.map((p, i) => {
          const barHeight = p.average === undefined ? 4 : (p.average / 5) * (HEIGHT - 16);
          const x = 24 + i * WIDTH;
          const middle = x + (WIDTH - 12) / 2;
          return (
            <g key={p.number}>
              <rect
                x={x}
                y={HEIGHT - barHeight}
                width={WIDTH - 12}
                height={barHeight}
                rx={3}
                fill={p.average === undefined ? tokens.colorNeutralStroke2 : tokens.colorBrandBackground}
              />
              {p.average !== undefined && (
                <text
                  x={middle}
                  y={HEIGHT - barHeight - 4}
                  textAnchor="middle"
                  fontSize={12}
                  fill={tokens.colorNeutralForeground1}
                >
                  {String(p.average)}
                </text>
              )}
              <text x={middle} y={HEIGHT + 16} textAnchor="middle" fontSize={12} fill={tokens.colorNeutralForeground3}>
                {`#${p.number}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="visually-hidden">{trend.map(label).join('; ')}</figcaption>
    </figure>
  );
}
