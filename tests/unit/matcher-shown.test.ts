/**
 * The reader's type filter: hidden entities are not marked, and the rest are marked
 * exactly as if nothing were hidden.
 */
import { describe, expect, it } from 'vitest';
import { entities } from '../../knowledge/entities';
import { createMatcher, showingOnly } from '../../knowledge/matcher';

const everything = createMatcher(entities);
const idsOf = (types: readonly string[]) => new Set(entities.filter((e) => types.includes(e.type)).map((e) => e.id));
const TEXT = 'Donald Trump met Tim Cook, and Cook said Apple would keep Tesla’s Shanghai plant busy under the Phase One deal.';

describe('showingOnly', () => {
  it('marks only the types the reader chose', () => {
    const found = showingOnly(everything, idsOf(['company', 'agreement'])).find(TEXT);
    expect(found.map((m) => m.text)).toEqual(['Apple', 'Phase One deal']);
  });

  it('reads the text as with every entity: a hidden name does not become a shorter one, and surnames keep their owners', () => {
    // The plant is a facility: hidden, it is left unmarked rather than marked as "Tesla".
    const noFacilities = showingOnly(everything, idsOf(['company', 'person']));
    expect(noFacilities.find(TEXT).map((m) => m.text)).toEqual(['Donald Trump', 'Tim Cook', 'Cook', 'Apple']);
    // The shown mentions are the very ones the whole matcher finds.
    const all = everything.find(TEXT).filter((m) => m.id !== 'tesla-shanghai' && m.id !== 'phase-one-deal');
    expect(noFacilities.find(TEXT)).toEqual(all);
  });

  it('lists only the shown entries, and marks nothing when nothing is shown', () => {
    const people = showingOnly(everything, idsOf(['person']));
    expect(people.entries.every((e) => e.type === 'person')).toBe(true);
    expect(people.entries.length).toBeGreaterThan(5);
    expect(showingOnly(everything, new Set()).find(TEXT)).toEqual([]);
  });
});
