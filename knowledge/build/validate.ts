/**
 * Checks a curator would otherwise forget: unique ids, related ids that exist, and
 * aliases that two entities claim without a rule to choose between them.
 */
import { aliasKey } from '../matcher';
import { collapse } from '../matcher/compile';
import { ENTITY_TYPES, type EntityRecord } from '../types';

interface Claim {
  id: string;
  text: string;
  ruled: boolean;
}

function claimsOf(e: EntityRecord): Claim[] {
  const claims = e.aliases.map((a) =>
    typeof a === 'string' ? { id: e.id, text: a, ruled: false } : { id: e.id, text: a.text, ruled: a.when !== undefined },
  );
  // A bare surname is always ruled: who it means is decided by the text.
  if (e.surname) claims.push({ id: e.id, text: e.surname.text, ruled: true });
  return claims;
}

function checkIds(entities: readonly EntityRecord[], problems: string[]): void {
  const seen = new Set<string>();
  for (const e of entities) {
    if (seen.has(e.id)) problems.push(`Duplicate entity id "${e.id}"`);
    seen.add(e.id);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(e.id)) problems.push(`Entity "${e.id}": id must be lower-case words joined by hyphens`);
    if (!ENTITY_TYPES.includes(e.type)) problems.push(`Entity "${e.id}": unknown type "${e.type}"`);
    if (!e.summary.trim()) problems.push(`Entity "${e.id}" has no summary`);
    if (e.aliases.length === 0) problems.push(`Entity "${e.id}" has no alias`);
  }
}

function checkRelated(entities: readonly EntityRecord[], problems: string[]): void {
  const ids = new Set(entities.map((e) => e.id));
  for (const e of entities) {
    for (const r of e.related) {
      if (!ids.has(r)) problems.push(`Entity "${e.id}" is related to unknown id "${r}"`);
      if (r === e.id) problems.push(`Entity "${e.id}" is related to itself`);
    }
  }
}

function checkAliases(entities: readonly EntityRecord[], problems: string[]): void {
  const byKey = new Map<string, Claim[]>();
  for (const e of entities) {
    for (const c of claimsOf(e)) {
      // The page revives the build's aliases as written, without tidying them.
      if (c.text !== collapse(c.text)) problems.push(`Entity "${c.id}": alias "${c.text}" has leading, trailing or repeated spaces`);
      const key = aliasKey(c.text);
      const list = byKey.get(key) ?? [];
      // The same key in another letter case is another alias only with a rule of its own:
      // "Paris Agreement" always, "Paris agreement" near words about the climate.
      if (list.some((x) => x.id === c.id && (x.text === c.text || (!x.ruled && !c.ruled)))) problems.push(`Entity "${c.id}" lists the alias "${c.text}" twice`);
      list.push(c);
      byKey.set(key, list);
    }
  }
  for (const claims of byKey.values()) {
    const owners = [...new Set(claims.map((c) => c.id))];
    if (owners.length < 2) continue;
    // One unruled claimant may remain as the fallback; the matcher tries ruled aliases first.
    const unruled = claims.filter((c) => !c.ruled);
    if (unruled.length > 1) {
      problems.push(`Alias "${claims[0]!.text}" is claimed by ${owners.map((o) => `"${o}"`).join(' and ')} without a rule to choose`);
    }
  }
}

/** Every problem with the curated entities, as messages naming the entity at fault. */
export function validateEntities(entities: readonly EntityRecord[]): string[] {
  const problems: string[] = [];
  checkIds(entities, problems);
  checkRelated(entities, problems);
  checkAliases(entities, problems);
  return problems;
}
