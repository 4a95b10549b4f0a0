/**
 * npm run --silent scan -- FILE...: for curators, the mentions Backgrounder finds in
 * articles. One JSON line per file: {"file", "mentions": [{id, start, end, text}]}, with
 * UTF-16 offsets into the file's text (.txt: the whole file; .html: the text of its body
 * as the content script reads it). A file that cannot be read gets a message on stderr
 * and a non-zero exit; the others are still scanned.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { entities } from '../knowledge/entities';
import { createMatcher } from '../knowledge/matcher';
import { pageText } from '../pagetext/blocks';

function htmlText(html: string): string {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const text = pageText(doc.body as unknown as Node, doc as unknown as Document);
  void window.happyDOM.close();
  return text;
}

function textOf(file: string): string {
  const raw = readFileSync(file, 'utf8');
  return ['.html', '.htm', '.xhtml'].includes(extname(file).toLowerCase()) ? htmlText(raw) : raw;
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run --silent scan -- FILE...');
  process.exit(2);
}
const matcher = createMatcher(entities);
let failed = 0;
for (const file of files) {
  let text: string;
  try {
    text = textOf(file);
  } catch (err) {
    console.error(`scan: ${file}: ${describe(err)}`);
    failed++;
    continue;
  }
  const mentions = matcher.find(text).map(({ id, start, end, text: t }) => ({ id, start, end, text: t }));
  process.stdout.write(`${JSON.stringify({ file, mentions })}\n`);
}
process.exit(failed ? 1 : 0);
