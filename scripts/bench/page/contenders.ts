/**
 * The minimal extensions Backgrounder is measured against, written to .tmp/bench-ext/:
 * the bare text walk (the floor: reads every text node, finds nothing) and mark.js used
 * the usual way (one DOM pass per alias) and at its fastest (one combined pattern), and
 * one that does nothing, whose page's tasks are the page's own. Each records
 * performance.measure('entity-scan') like Backgrounder does.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MatchEntry } from '../../../knowledge/types';

export type ContenderName = 'walk' | 'nothing' | 'markjs-regexp' | 'markjs-list';

function manifest(name: string, js: string[]): string {
  return JSON.stringify({
    manifest_version: 3,
    name,
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*'], run_at: 'document_idle', js }],
  });
}

/** Every alias as plain text: what a highlighter extension would feed mark.js. */
export function aliasTexts(lexicon: readonly MatchEntry[]): string[] {
  const all = lexicon.flatMap((e) => [...e.aliases.map((a) => (typeof a === 'string' ? a : a.text)), ...(e.surname ? [e.surname.text] : [])]);
  return [...new Set(all)];
}

const WALK = `
performance.mark('backgrounder-start');
const start = performance.now();
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
let chars = 0;
for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
performance.measure('entity-scan', { start, end: performance.now(), detail: { matches: 0, chars } });
`;

const NOTHING = `
performance.mark('backgrounder-start');
const start = performance.now();
performance.measure('entity-scan', { start, end: performance.now(), detail: { matches: 0 } });
`;

/**
 * mark.js walks its keyword list by recursion, one stack frame per keyword (its `done` runs
 * at the deepest), so the list of 754 aliases overflowed the stack here and it marked
 * nothing. It still makes one pass over the DOM per alias, as the usual way does: the list
 * is given in parts of this many, one synchronous call after another, in the same task.
 */
const MARK_LIST_PART = 200;

function markScript(aliases: string[], how: 'list' | 'regexp'): string {
  const call =
    how === 'list'
      ? `let found = 0;
for (let at = 0; at < ALIASES.length; at += ${MARK_LIST_PART}) {
  instance.mark(ALIASES.slice(at, at + ${MARK_LIST_PART}), { separateWordSearch: false, accuracy: 'exactly', caseSensitive: true, diacritics: false, done: (n) => { found += n; } });
}
done(found)`
      : `instance.markRegExp(new RegExp('(?<![\\\\p{L}\\\\p{N}])(?:' + ALIASES.map((a) => a.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&')).sort((a, b) => b.length - a.length).join('|') + ')(?![\\\\p{L}\\\\p{N}])', 'gu'), { done })`;
  return `
performance.mark('backgrounder-start');
const ALIASES = ${JSON.stringify(aliases)};
const start = performance.now();
const instance = new Mark(document.body);
const done = (matches) => performance.measure('entity-scan', { start, end: performance.now(), detail: { matches } });
${call};
`;
}

/** Writes the four extensions and returns their directories. */
export function writeContenders(root: string, lexicon: readonly MatchEntry[], markJs: string): Record<ContenderName, string> {
  const aliases = aliasTexts(lexicon);
  const dirs = { walk: join(root, 'walk'), nothing: join(root, 'nothing'), 'markjs-regexp': join(root, 'markjs-regexp'), 'markjs-list': join(root, 'markjs-list') };
  mkdirSync(dirs.walk, { recursive: true });
  writeFileSync(join(dirs.walk, 'manifest.json'), manifest('bench: text walk', ['walk.js']));
  writeFileSync(join(dirs.walk, 'walk.js'), WALK);
  mkdirSync(dirs.nothing, { recursive: true });
  writeFileSync(join(dirs.nothing, 'manifest.json'), manifest('bench: nothing', ['nothing.js']));
  writeFileSync(join(dirs.nothing, 'nothing.js'), NOTHING);
  for (const how of ['regexp', 'list'] as const) {
    const dir = dirs[`markjs-${how}`];
    mkdirSync(dir, { recursive: true });
    copyFileSync(markJs, join(dir, 'mark.min.js'));
    writeFileSync(join(dir, 'manifest.json'), manifest(`bench: mark.js ${how}`, ['mark.min.js', 'run.js']));
    writeFileSync(join(dir, 'run.js'), markScript(aliases, how));
  }
  return dirs;
}
