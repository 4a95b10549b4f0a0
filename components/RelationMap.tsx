/**
 * How an entity relates to others: it sits in the middle, the entities it names as
 * related (and those that name it) around it. Choosing one walks to it.
 */
import type { JSX } from 'preact';
import type { CompiledEntity, CompiledKnowledge } from '../knowledge/compiled';

const W = 640;
const H = 380;
const R = 140;

function neighbours(knowledge: CompiledKnowledge, center: CompiledEntity): CompiledEntity[] {
  const ids = new Set([...center.related, ...knowledge.entities.filter((e) => e.related.includes(center.id)).map((e) => e.id)]);
  ids.delete(center.id);
  return knowledge.entities.filter((e) => ids.has(e.id));
}

export function RelationMap({ knowledge, center, onChoose }: { knowledge: CompiledKnowledge; center: CompiledEntity; onChoose(id: string): void }): JSX.Element {
  const around = neighbours(knowledge, center);
  const cx = W / 2;
  const cy = H / 2;
  const nodes = around.map((e, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, around.length) - Math.PI / 2;
    return { e, x: cx + R * 1.6 * Math.cos(angle), y: cy + R * Math.sin(angle) };
  });
  return (
    <section aria-labelledby="relations-title">
      <h3 id="relations-title">How {center.name} relates</h3>
      <div class="chart">
        <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="list" aria-label={`Entities related to ${center.name}`}>
          {nodes.map((n) => (
            <line key={`l${n.e.id}`} class="axis" x1={cx} y1={cy} x2={n.x} y2={n.y} />
          ))}
          <circle cx={cx} cy={cy} r={10} fill="var(--accent)" />
          <text x={cx} y={cy - 16} text-anchor="middle" font-weight="600">
            {center.name}
          </text>
          {nodes.map((n) => (
            <g role="listitem" key={n.e.id}>
            <a
              href={`#${n.e.id}`}
              onClick={(ev) => {
                ev.preventDefault();
                onChoose(n.e.id);
              }}
            >
              <title>{n.e.name}</title>
              <circle cx={n.x} cy={n.y} r={7} fill="var(--panel)" stroke="var(--accent)" stroke-width={2} />
              <text x={n.x} y={n.y + 20} text-anchor="middle">
                {n.e.name.length > 28 ? `${n.e.name.slice(0, 27)}…` : n.e.name}
              </text>
            </a>
            </g>
          ))}
        </svg>
      </div>
    </section>
  );
}
