/** npm run scan, as a curator runs it. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'scan-'));

async function scan(...files: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const r = await run(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/scan.ts'), ...files], { cwd: dir });
    return { ...r, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}

describe('scan', () => {
  it('prints one JSON line per file with UTF-16 offsets into its text', async () => {
    writeFileSync(join(dir, 'a.txt'), '🇨🇳 Xi Jinping met Elon Musk’s team.');
    writeFileSync(join(dir, 'b.html'), '<html><head><title>PNTR</title></head><body><p><b>Scott</b> Bessent</p><script>PNTR</script></body></html>');
    const { stdout, code } = await scan('a.txt', 'b.html');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({
      file: 'a.txt',
      mentions: [
        { id: 'xi-jinping', start: 5, end: 15, text: 'Xi Jinping' },
        { id: 'elon-musk', start: 20, end: 29, text: 'Elon Musk' },
      ],
    });
    expect(lines[1]).toEqual({ file: 'b.html', mentions: [{ id: 'scott-bessent', start: 0, end: 13, text: 'Scott Bessent' }] });
  }, 30_000);

  it('reports a missing file on stderr, exits non-zero and still scans the others', async () => {
    writeFileSync(join(dir, 'c.txt'), 'Tesla');
    const { stdout, stderr, code } = await scan('missing.txt', 'c.txt');
    expect(code).not.toBe(0);
    expect(stderr).toContain('missing.txt: no such file');
    expect(JSON.parse(stdout.trim())).toEqual({ file: 'c.txt', mentions: [{ id: 'tesla', start: 0, end: 5, text: 'Tesla' }] });
  }, 30_000);
});
