/** Things a reviewer would otherwise have to remember. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'knowledge', 'clippings', 'pagetext', 'messaging', 'settings'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'generated' ? [] : sources(p);
    return /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

const all = SOURCE_DIRS.flatMap((d) => sources(join(ROOT, d)));

describe('source conventions', () => {
  it('never writes markup from strings (page and clipping content stay data)', () => {
    for (const f of all) {
      const code = readFileSync(f, 'utf8').replace(/\/\*[^]*?\*\/|\/\/.*$/gm, '');
      expect(code, f).not.toMatch(/\.innerHTML\s*=|\.outerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write\(/);
    }
  });

  it('keeps entrypoints thin: each entry file only wires (40 lines at most)', () => {
    for (const f of all.filter((p) => /\/entrypoints\/(?:[^/]+\/)?(?:index|main)\.tsx?$/.test(p))) {
      expect(readFileSync(f, 'utf8').split('\n').length, f).toBeLessThanOrEqual(40);
    }
  });

  it('keeps files small enough to read (250 lines at most)', () => {
    for (const f of all) expect(readFileSync(f, 'utf8').split('\n').length, f).toBeLessThanOrEqual(250);
  });

  it('imports explicitly: no WXT auto-imports are relied on', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toMatch(/imports:\s*false/);
  });
});
