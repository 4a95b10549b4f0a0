import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../knowledge/build/compile';
import { connections } from '../../knowledge/connections';
import { documents } from '../../knowledge/corpus/documents';
import { entities } from '../../knowledge/entities';

const dir = join(import.meta.dirname, '../../knowledge/corpus');
const { knowledge } = buildKnowledge({ entities, documents: documents.map((d) => ({ ...d, text: readFileSync(join(dir, d.file), 'utf8') })) });

describe('connections', () => {
  it('finds a passage that mentions both entities of a pair', () => {
    const [c] = connections(knowledge, ['elon-musk', 'li-qiang']);
    expect(c).toMatchObject({ a: { name: 'Elon Musk' }, b: { name: 'Li Qiang' }, doc: '000' });
    expect(c!.text).toContain('Chinese Premier Li Qiang');
  });

  it('skips pairs no passage connects, keeps the given order, and stops at the limit', () => {
    expect(connections(knowledge, ['mark-carney', 'zhu-min'])).toEqual([]);
    const list = connections(knowledge, ['donald-trump', 'xi-jinping', 'elon-musk', 'joe-biden'], 2);
    expect(list.map((c) => `${c.a.id}+${c.b.id}`)).toEqual(['donald-trump+xi-jinping', 'donald-trump+elon-musk']);
  });
});
