/** A corpus document shown whole, with the cited passage highlighted and scrolled into view. */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { CompiledKnowledge } from '../knowledge/compiled';

export interface SourceLocation {
  doc: string;
  start: number;
  end: number;
}

/** Reads ?doc=NNN&start=S&end=E; a missing or bad range shows the document without a highlight. */
export function parseLocation(search: string): SourceLocation | null {
  const q = new URLSearchParams(search);
  const doc = q.get('doc');
  if (!doc) return null;
  const start = Number(q.get('start'));
  const end = Number(q.get('end'));
  const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start;
  return { doc, start: ok ? start : 0, end: ok ? end : 0 };
}

interface Props {
  knowledge: CompiledKnowledge;
  location: SourceLocation | null;
}

/** Paragraphs of the text, with [start, end) wrapped in a <mark>; text nodes only. */
function paragraphs(text: string, start: number, end: number): JSX.Element[] {
  const out: JSX.Element[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const a = m.index;
    const b = a + m[0].length;
    if (!m[0].trim()) continue;
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    const body = s < e ? [text.slice(a, s), <mark class="passage" key="m">{text.slice(s, e)}</mark>, text.slice(e, b)] : [m[0]];
    out.push(<p key={a}>{body}</p>);
  }
  return out;
}

export function SourceReader({ knowledge, location }: Props): JSX.Element {
  const ref = useRef<HTMLElement>(null);
  const doc = knowledge.documents.find((d) => d.id === location?.doc);
  useEffect(() => {
    document.title = `${doc ? doc.title : 'Source not found'} – Backgrounder`;
  }, [doc]);
  useEffect(() => {
    const mark = ref.current?.querySelector('mark.passage');
    mark?.scrollIntoView({ block: 'center' });
  }, [doc, location]);
  if (!doc) {
    return (
      <main>
        <h1>Source not found</h1>
        <p>This link does not point to one of Backgrounder’s source documents.</p>
      </main>
    );
  }
  return (
    <main ref={ref}>
      <h1>{doc.title}</h1>
      <p class="source">{doc.source} · bundled source document {doc.id}</p>
      <article>{paragraphs(doc.text, location?.start ?? 0, location?.end ?? 0)}</article>
    </main>
  );
}
