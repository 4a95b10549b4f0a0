/**
 * News text names a policy in many wordings ("export controls on advanced chips", "curbs
 * on sales of AI chips"). A curator writes them as one pattern, expanded here when the
 * knowledge is built: the matcher still sees plain aliases, so its cost does not change
 * with how they were written.
 */
import { collapse } from '../matcher/compile';
import type { AliasSpec } from '../types';

/** The most wordings one pattern may stand for: past it, the lexicon every page carries grows fast. */
const MAX_WORDINGS = 96;

/** One part of a pattern: literal text, or a choice between wordings. */
type Part = string | readonly string[];

function partsOf(pattern: string): Part[] {
  const parts: Part[] = [];
  const group = /\{([^{}]*)\}/g;
  let last = 0;
  for (let m = group.exec(pattern); m; m = group.exec(pattern)) {
    parts.push(pattern.slice(last, m.index), m[1]!.split('|'));
    last = m.index + m[0].length;
  }
  const rest = pattern.slice(last);
  if (/[{}|]/.test(rest) || parts.some((p) => typeof p === 'string' && /[{}|]/.test(p))) {
    throw new Error(`Phrase pattern "${pattern}" has an unmatched brace or a "|" outside braces`);
  }
  parts.push(rest);
  return parts;
}

/**
 * Every wording of `pattern`, where `{a|b|}` is a choice (an empty choice makes the part
 * optional): "{export|chip export} {controls|curbs}" gives four aliases. Spaces are
 * collapsed, so an optional word can be written with its space: "{advanced |}chips".
 * With `rule`, every wording carries it ("reciprocal tariff" only near China words).
 */
export function phrases(pattern: string): string[];
export function phrases(pattern: string, rule: Omit<AliasSpec, 'text'>): AliasSpec[];
export function phrases(pattern: string, rule?: Omit<AliasSpec, 'text'>): (string | AliasSpec)[] {
  let out = [''];
  for (const part of partsOf(pattern)) {
    const choices = typeof part === 'string' ? [part] : part;
    out = out.flatMap((head) => choices.map((c) => head + c));
  }
  const wordings = [...new Set(out.map(collapse).filter((s) => s !== ''))];
  if (wordings.length > MAX_WORDINGS) {
    throw new Error(`Phrase pattern "${pattern}" stands for ${wordings.length} wordings (at most ${MAX_WORDINGS}); split it`);
  }
  return rule ? wordings.map((text) => ({ text, ...rule })) : wordings;
}
