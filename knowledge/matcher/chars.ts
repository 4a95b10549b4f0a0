/**
 * Character classes and folding for the matcher. Everything works on UTF-16 code
 * units so that offsets are the ones the DOM and JavaScript strings use.
 */

/** Key of a whitespace run in the trie. */
export const SPACE = 32;
/** Marks a code unit that is invisible inside a name (soft hyphen, zero-width marks). */
export const IGNORE = -1;

const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x2032, 0x60, 0xb4]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2212]);
/** Curly double quotes, read as the straight one: news puts them round names ('"Liberation Day" tariffs'). */
const DOUBLE_QUOTES = new Set([0x201c, 0x201d]);
const IGNORABLE = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

const wordCache = new Int8Array(0x10000).fill(-1);
const foldCache = new Map<number, number>();
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

/** An ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** True for letters, digits and combining marks: what a name is made of. */
export function isWordCode(c: number): boolean {
  if (c < 128) return isAsciiAlnum(c);
  // Surrogates: astral letters (rare CJK extensions) count as word characters.
  if (c >= 0xd800 && c <= 0xdfff) return true;
  let v = wordCache[c]!;
  if (v === -1) {
    v = WORD_RE.test(String.fromCharCode(c)) ? 1 : 0;
    wordCache[c] = v;
  }
  return v === 1;
}

/** Whitespace of any kind, including no-break and thin spaces. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 ||
    c === 0x202f || c === 0x2009 || c === 0x200a || c === 0x2007 || c === 0x3000 ||
    (c >= 0x2000 && c <= 0x2008) || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x205f
  );
}

/** Han ideographs: names written in them have no spaces around them. */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isIgnorableCode(c: number): boolean {
  return IGNORABLE.has(c);
}

/**
 * The key a code unit has in the trie: case folded, apostrophes, double quotes and dashes unified,
 * whitespace as SPACE, invisible characters as IGNORE.
 */
export function keyOf(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    if (c === 9 || c === 10 || c === 13 || c === 12) return SPACE;
    if (c === 0x60) return 39;
    return c;
  }
  if (APOSTROPHES.has(c)) return 39;
  if (DASHES.has(c)) return 45;
  if (DOUBLE_QUOTES.has(c)) return 34;
  if (IGNORABLE.has(c)) return IGNORE;
  if (isSpaceCode(c)) return SPACE;
  let f = foldCache.get(c);
  if (f === undefined) {
    const lower = String.fromCharCode(c).toLowerCase();
    f = lower.length === 1 ? lower.charCodeAt(0) : c;
    foldCache.set(c, f);
  }
  return f;
}

/** Folds a phrase the way keyOf folds text: for comparing context words. */
export function foldText(s: string): string {
  let out = '';
  let lastSpace = false;
  for (let i = 0; i < s.length; i++) {
    const k = keyOf(s.charCodeAt(i));
    if (k === IGNORE) continue;
    if (k === SPACE) {
      if (!lastSpace) out += ' ';
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    out += String.fromCharCode(k);
  }
  return out;
}
