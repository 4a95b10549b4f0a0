/** The hover card: who or what a name is, with excerpts from the sources that say so. */
import type { JSX } from 'preact';
import type { CardData, Dispute, Excerpt } from '../knowledge/cards';
import { TYPE_LABELS } from './typeLabels';

/** A passage of a corpus document, for "Read the source". */
export interface SourceRef {
  doc: string;
  passage: readonly [number, number];
}

/** Where the card's "Save" stands: "Saved" shows only once the write has committed. */
export type SaveState = { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; message: string };

export interface HoverCardProps {
  /** The card's data, or null while it loads. */
  card: CardData | null;
  /** The name as written on the page, shown while loading. */
  label: string;
  /** Id of the heading, so the dialog is announced by the entity's name. */
  headingId: string;
  onClose(): void;
  onRelated(id: string): void;
  onReadSource(where: SourceRef): void;
  /** Saves the sentence around the mention, tagged with the entity. */
  onSave?(): void;
  /** Opens the reader's clippings (offered once something was saved). */
  onOpenClippings?(): void;
  /** Opens the knowledge explorer at this entity. */
  onExplore?(id: string): void;
  saveState?: SaveState;
}

function SaveButton({ onSave, onOpen, state }: { onSave(): void; onOpen?: () => void; state: SaveState }): JSX.Element {
  const label = { idle: 'Save', saving: 'Saving…', saved: 'Saved', error: 'Save' }[state.state];
  return (
    <div class="save">
      <button type="button" class="chip" onClick={onSave} disabled={state.state === 'saving' || state.state === 'saved'}>
        {label}
      </button>
      <span role="status" class={state.state === 'error' ? 'error' : 'muted'}>
        {state.state === 'error' ? state.message : state.state === 'saved' ? 'The sentence is in your clippings.' : ''}
      </span>
      {state.state === 'saved' && onOpen ? (
        <button type="button" class="link" onClick={onOpen}>
          Open clippings
        </button>
      ) : null}
    </div>
  );
}

/** An excerpt's text with its mentions emphasised, as text nodes only: never markup. */
export function Marked({ text, marks }: { text: string; marks: Excerpt['marks'] }): JSX.Element {
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  marks.forEach(([s, e], i) => {
    if (s > at) parts.push(text.slice(at, s));
    parts.push(<mark key={i}>{text.slice(s, e)}</mark>);
    at = e;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

function ReadSource({ where, onReadSource }: { where: SourceRef; onReadSource(w: SourceRef): void }): JSX.Element {
  return (
    <button type="button" class="link" onClick={() => onReadSource(where)}>
      Read the source
    </button>
  );
}

/** "Sources differ": each side's claim, its words, and where they come from. */
function Disputes({ disputes, onReadSource }: { disputes: readonly Dispute[]; onReadSource(w: SourceRef): void }): JSX.Element {
  return (
    <section aria-label="Sources differ" class="disputes">
      <h3>Sources differ</h3>
      {disputes.map((d) => (
        <div key={d.topic} class="dispute">
          <p class="topic">{d.topic}</p>
          <ul>
            {d.sides.map((s) => (
              <li key={`${s.doc}:${s.passage[0]}:${s.claim}`}>
                <strong>{s.claim}</strong>
                <blockquote>“{s.quote}”</blockquote>
                <div class="cite">
                  <cite>{s.title}</cite> <span class="source">· {s.source}</span> <ReadSource where={s} onReadSource={onReadSource} />
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function ExcerptItem({ excerpt, onReadSource }: { excerpt: Excerpt; onReadSource(w: SourceRef): void }): JSX.Element {
  return (
    <li class="excerpt">
      <blockquote>
        {excerpt.leadingEllipsis ? '… ' : ''}
        <Marked text={excerpt.text} marks={excerpt.marks} />
        {excerpt.trailingEllipsis ? ' …' : ''}
      </blockquote>
      <div class="cite">
        <cite>{excerpt.title}</cite> <span class="source">· {excerpt.source}</span> <ReadSource where={excerpt} onReadSource={onReadSource} />
      </div>
    </li>
  );
}

export function HoverCard(props: HoverCardProps): JSX.Element {
  const { card } = props;
  return (
    <div class="card" role="dialog" aria-labelledby={props.headingId} tabIndex={-1} aria-busy={card ? 'false' : 'true'}>
      <div class="head">
        <h2 id={props.headingId}>{card ? card.name : props.label}</h2>
        {card ? <span class="type">{TYPE_LABELS[card.type]}</span> : null}
        {card && props.onExplore ? (
          <button type="button" class="link explore" onClick={() => props.onExplore!(card.id)}>
            Explore
          </button>
        ) : null}
        <button type="button" class="close" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </div>
      {card ? (
        <>
          <p class="summary">{card.summary}</p>
          {props.onSave ? <SaveButton onSave={props.onSave} {...(props.onOpenClippings ? { onOpen: props.onOpenClippings } : {})} state={props.saveState ?? { state: 'idle' }} /> : null}
          {card.facts.length ? (
            <dl class="facts">
              {card.facts.map((f) => (
                <div key={f.label}>
                  <dt>{f.label}</dt>
                  <dd>{f.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {card.excerpts.length ? (
            <section aria-label="From the sources">
              <h3>From the sources</h3>
              <ul class="excerpts">
                {card.excerpts.map((x) => (
                  <ExcerptItem key={`${x.doc}:${x.passage[0]}`} excerpt={x} onReadSource={props.onReadSource} />
                ))}
              </ul>
            </section>
          ) : null}
          {card.disputes.length ? <Disputes disputes={card.disputes} onReadSource={props.onReadSource} /> : null}
          {card.related.length ? (
            <nav aria-label="Related">
              <h3>Related</h3>
              <ul class="related">
                {card.related.map((r) => (
                  <li key={r.id}>
                    <button type="button" class="chip" onClick={() => props.onRelated(r.id)}>
                      {r.name}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </>
      ) : (
        <p class="loading">Loading…</p>
      )}
    </div>
  );
}
