/**
 * Every chart sits in a frame: a title that says what is measured, the chart, the same numbers as
 * a table one click away, and a footnote for definition, n and suppression.
 */
import { useState, type ReactNode } from 'react';

export function ChartFrame({
  title,
  subtitle,
  chart,
  table,
  footnote,
}: {
  title: string;
  subtitle?: string;
  chart: ReactNode;
  table: ReactNode;
  footnote?: ReactNode;
}) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <section className="card chart-frame" aria-label={title}>
      <header>
        <div>
          <h2>{title}</h2>
          {subtitle && <p>{subtitle}</p>}
        </div>
        <div className="segmented" role="group" aria-label="Show as">
          <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            Chart
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            Table
          </button>
        </div>
      </header>
      <div className="chart-body">{view === 'chart' ? chart : table}</div>
      {footnote && <footer>{footnote}</footer>}
    </section>
  );
}

/** The data palette (Okabe-Ito), safe for the common forms of colour blindness. */
export const dataColors = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#000000',
];
