/** One entity in the explorer: its card, where sources differ, and every passage that mentions it. */
import type { JSX } from 'preact';
import { cardFor, lookupOf } from '../knowledge/cards';
import type { CompiledEntity, CompiledKnowledge } from '../knowledge/compiled';
import { Marked } from './HoverCard';
import { TYPE_LABELS } from './typeLabels';

function sourceHref(doc: string, start: number, end: number): string {
  return `source.html?${new URLSearchParams({ doc, start: String(start), end: String(end) }).toString()}`;
}

export function EntityView({ knowledge, entity, onChoose }: { knowledge: CompiledKnowledge; entity: CompiledEntity; onChoose(id: string): void }): JSX.Element {
  const card = cardFor(knowledge, entity.id)!;
  const { docs } = lookupOf(knowledge);
  return (
    <article aria-labelledby="entity-name">
      <h2 id="entity-name" style="font-size:22px;text-transform:none;letter-spacing:0;color:var(--fg)">
        {entity.name} <span class="muted" style="font-size:14px">· {TYPE_LABELS[entity.type]}</span>
      </h2>
      <p>{entity.summary}</p>
      {entity.facts.length ? (
        <dl class="facts-table">
          {entity.facts.map((f) => (
            <div key={f.label} class="row">
              <dt>{f.label}:</dt>
              <dd style="margin:0">{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {card.disputes.map((d) => (
        <section key={d.topic} aria-label={`Sources differ: ${d.topic}`}>
          <h3>Sources differ: {d.topic}</h3>
          {d.sides.map((s) => (
            <div class="passage" key={`${s.doc}${s.claim}`}>
              <strong>{s.claim}</strong>
              <blockquote>“{s.quote}”</blockquote>
              <a href={sourceHref(s.doc, s.passage[0], s.passage[1])}>{s.title}</a> <span class="muted">· {s.source}</span>
            </div>
          ))}
        </section>
      ))}
      <section aria-label="Every passage">
        <h3>Every passage that mentions {entity.name} ({entity.passages.length})</h3>
        {entity.passages.map((p) => {
          const doc = docs.get(p.doc)!;
          return (
            <div class="passage" key={`${p.doc}:${p.start}`}>
              <blockquote>
                <Marked text={doc.text.slice(p.start, p.end)} marks={p.mentions.map(([s, e]) => [s - p.start, e - p.start] as const)} />
              </blockquote>
              <a href={sourceHref(p.doc, p.start, p.end)}>{doc.title}</a> <span class="muted">· {doc.source}</span>
            </div>
          );
        })}
      </section>
      {card.related.length ? (
        <p class="row">
          Related:
          {card.related.map((r) => (
            <button type="button" key={r.id} onClick={() => onChoose(r.id)}>
              {r.name}
            </button>
          ))}
        </p>
      ) : null}
    </article>
  );
}
