/** The dated events of the knowledge base as a vertical timeline; each event opens its entity. */
import type { JSX } from 'preact';
import type { TimelineEvent } from '../knowledge/timeline';

const ROW = 30;
const WIDTH = 640;

function whenLabel(when: string): string {
  const [y, m, d] = when.split('-');
  if (!m) return y!;
  const month = new Date(Number(y), Number(m) - 1, 1).toLocaleString('en', { month: 'short' });
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function Timeline({ events, onChoose }: { events: readonly TimelineEvent[]; onChoose(id: string): void }): JSX.Element {
  const height = events.length * ROW + 20;
  return (
    <section aria-labelledby="timeline-title">
      <h3 id="timeline-title">Timeline</h3>
      <div class="chart">
        <svg width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="list" aria-label="Dated events">
          <line class="axis" x1={110} x2={110} y1={10} y2={height - 10} />
          {events.map((e, i) => {
            const y = 20 + i * ROW;
            return (
              <g role="listitem" key={`${e.when}${e.entityId}`}>
              <a
                href={`#${e.entityId}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  onChoose(e.entityId);
                }}
              >
                <text x={100} y={y + 4} text-anchor="end">
                  {whenLabel(e.when)}
                </text>
                <circle cx={110} cy={y} r={6} fill="var(--accent)" stroke="var(--panel)" stroke-width={2} />
                <text x={124} y={y + 4}>
                  {e.label}
                </text>
              </a>
            </g>
            );
          })}
        </svg>
      </div>
    </section>
  );
}
