/**
 * The lexicon every page loads stores each rule once; unpacked, it must be the lexicon the
 * knowledge build compiled, alias for alias and rule for rule, without the names, which
 * pages do not ship.
 */
import { describe, expect, it } from 'vitest';
import { lexiconEntry } from '../../knowledge/build/compile';
import { entities } from '../../knowledge/entities';
import { packLexicon, unpackLexicon } from '../../knowledge/lexicon-file';
import { shippedLexicon } from '../../knowledge/shipped-lexicon';

const built = entities.map(lexiconEntry);
/** What the matcher reads of each entity: all but its name. */
const matched = built.map(({ name: _name, ...e }) => e);

describe('the packed lexicon', () => {
  it('unpacks to the lexicon it was packed from', () => {
    expect(unpackLexicon(JSON.parse(JSON.stringify(packLexicon(built))))).toEqual(matched);
  });

  it('is what the content script loads: the shipped lexicon is the entity files’ own', () => {
    expect(shippedLexicon().lexicon).toEqual(matched);
    expect(JSON.stringify(shippedLexicon().lexicon)).not.toContain('"name"');
  });

  it('stores each distinct rule once, however many wordings carry it', () => {
    const packed = packLexicon(built);
    const keys = packed.rules.map((r) => JSON.stringify(r));
    expect(new Set(keys).size).toBe(keys.length);
    const ev = packed.entries.find((e) => e.id === 'ev-tariffs-2024')!;
    const shared = ev.aliases.filter((a) => typeof a !== 'string' && a[0].startsWith('tariffs on Chinese'));
    expect(shared.length).toBeGreaterThan(2);
    expect(new Set(shared.map((a) => typeof a !== 'string' && a[1])).size).toBe(1);
  });
});
