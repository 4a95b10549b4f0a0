/**
 * The reader's type filter: hidden entities are not marked, and the rest are marked
 * exactly as if nothing were hidden.
 */
import { describe, expect, it } from 'vitest';
import { entities } from '../../knowledge/entities';
import { createMatcher, showingTypes } from '../../knowledge/matcher';
import type { EntityType } from '../../knowledge/types';

const everything = createMatcher(entities);
const TEXT = 'Donald Trump met Tim Cook, and Cook said Apple would keep Tesla’s Shanghai plant busy under the Phase One deal.';

describe('showingTypes', () => {
  it('marks only the types the reader chose', () => {
    const found = showingTypes(everything, ['company', 'agreement']).find(TEXT);
    expect(found.map((m) => m.text)).toEqual(['Apple', 'Phase One deal']);
  });

  it('reads the text as with every entity: a hidden name does not become a shorter one, and surnames keep their owners', () => {
    // The plant is a facility: hidden, it is left unmarked rather than marked as "Tesla".
    const noFacilities = showingTypes(everything, ['company', 'person']);
    expect(noFacilities.find(TEXT).map((m) => m.text)).toEqual(['Donald Trump', 'Tim Cook', 'Cook', 'Apple']);
    // The shown mentions are the very ones the whole matcher finds.
    const all = everything.find(TEXT).filter((m) => m.id !== 'tesla-shanghai' && m.id !== 'phase-one-deal');
    expect(noFacilities.find(TEXT)).toEqual(all);
  });

  it('lists only the shown entries, marks nothing when nothing is shown, and is the matcher itself when everything is', () => {
    const people = showingTypes(everything, ['person']);
    expect(people.entries.every((e) => e.type === 'person')).toBe(true);
    expect(people.entries.length).toBeGreaterThan(5);
    expect(showingTypes(everything, []).find(TEXT)).toEqual([]);
    const all: EntityType[] = [...new Set(entities.map((e) => e.type))];
    expect(showingTypes(everything, all)).toBe(everything);
  });
});
