/** Checks the curated disagreements and timeline, and locates each quoted side. */
import type { CompiledDisagreement } from '../compiled';
import type { Disagreement } from '../disagreements';
import type { TimelineEvent } from '../timeline';
import { paragraphs } from './passages';

export function compileDisagreements(
  list: readonly Disagreement[],
  docs: readonly { id: string; text: string }[],
  ids: ReadonlySet<string>,
  problems: string[],
): CompiledDisagreement[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return list.map((d) => {
    if (!ids.has(d.entityId)) problems.push(`Disagreement "${d.topic}" is about unknown entity "${d.entityId}"`);
    if (d.sides.length < 2) problems.push(`Disagreement "${d.topic}" on "${d.entityId}" needs at least two sides`);
    const sides = d.sides.map((s) => {
      const doc = byId.get(s.doc);
      const at = doc ? doc.text.indexOf(s.quote) : -1;
      if (!doc || at < 0) {
        problems.push(`Disagreement "${d.topic}" on "${d.entityId}": side "${s.claim}" quotes text not found in document ${s.doc}`);
        return { claim: s.claim, doc: s.doc, quote: [0, 0] as const, passage: [0, 0] as const };
      }
      const end = at + s.quote.length;
      const para = paragraphs(doc.text).find(([a, b]) => a <= at && end <= b) ?? [at, end];
      return { claim: s.claim, doc: s.doc, quote: [at, end] as const, passage: [para[0], para[1]] as const };
    });
    return { entityId: d.entityId, topic: d.topic, sides };
  });
}

export function checkTimeline(events: readonly TimelineEvent[], ids: ReadonlySet<string>, problems: string[]): TimelineEvent[] {
  for (const e of events) {
    if (!ids.has(e.entityId)) problems.push(`Timeline event "${e.label}" names unknown entity "${e.entityId}"`);
    if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(e.when)) problems.push(`Timeline event "${e.label}" has a date that is not YYYY[-MM[-DD]]: "${e.when}"`);
  }
  return [...events].sort((a, b) => a.when.localeCompare(b.when));
}
