/** The popup's list of what a page mentions: counts from the page, names from the knowledge. */
import { describe, expect, it } from 'vitest';
import { namePageEntities } from '../../knowledge/page-entities';
import { knowledge } from '../../knowledge/shipped';

describe('namePageEntities', () => {
  it('names and types each counted entity, most mentioned first, then by name, and leaves out unknown ids', () => {
    const counts = [
      { id: 'tesla', count: 2 },
      { id: 'not-an-entity', count: 9 },
      { id: 'xi-jinping', count: 5 },
      { id: 'apple', count: 2 },
    ];
    expect(namePageEntities(counts, knowledge)).toEqual([
      { id: 'xi-jinping', count: 5, name: 'Xi Jinping', type: 'person' },
      { id: 'apple', count: 2, name: 'Apple', type: 'company' },
      { id: 'tesla', count: 2, name: 'Tesla', type: 'company' },
    ]);
  });
});
