/** What the scanner (`npm run scan`) finds in a page: the count the content script must match. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The text of every mention the scanner finds in the HTML file at `path`, in order. */
export function scannerMentions(path: string): string[] {
  const out = execFileSync(resolve(ROOT, 'node_modules/.bin/tsx'), [resolve(ROOT, 'scripts/scan.ts'), path], { encoding: 'utf8' });
  return (JSON.parse(out) as { mentions: { text: string }[] }).mentions.map((m) => m.text);
}
