/**
 * Who a bare surname means. A reader resolves "Biden said" by the last person of that
 * name introduced in full; we do the same, and refuse when unsure.
 */
import { foldText, isSpaceCode, isWordCode } from './chars';

/** Owner recorded when someone other than a curated person was named with this surname. */
export const SOMEONE_ELSE = '';

/**
 * Capitalised words that stand next to a surname without being a given name: titles
 * (which say "a person" but not which), function words of title-case headlines,
 * months and days. Folded to lower case.
 */
const NOT_GIVEN_NAMES = new Set(
  (
    'president vice secretary mr mrs ms dr sen senator rep representative premier chairman chairwoman ' +
    'general gen governor gov minister prime commerce treasury state defense former ex elected ' +
    'president-elect candidate ceo founder billionaire businessman entrepreneur adviser advisor official ' +
    'leader director ambassador envoy speaker chief executive judge justice attorney professor prof ' +
    'analyst negotiator counselor trade u.s us uk eu chinese china american america beijing washington ' +
    'republican republicans democrat democrats democratic gop white house administration team camp campaign ' +
    'era the a an and or but nor as at by for from in into of on to with when while after before if so ' +
    'that this these those then than also both why how what who whom whose where says said tells told ' +
    'asked under against between because since during until though although whether however meanwhile ' +
    'still yet once like about over unlike including via per even only not no yes new old now today ' +
    'yesterday tomorrow tonight january february march april may june july august september october ' +
    'november december monday tuesday wednesday thursday friday saturday sunday is was are were will would ' +
    'can could should has had have do does did let lets sir madam comrade chair then-president then-vice ' +
    'deputy under-secretary assistant acting senior top our your their his her its my we they he she it ' +
    'given despite following according amid among amongst without within across toward towards beyond upon ' +
    'around behind near next unlike whereas where why should must might ask asks why here there every each ' +
    'all some many most more less few several any whatever whenever wherever whoever if unless just even'
  ).split(' '),
);

export interface Neighbour {
  word: string;
  /** Where the word starts in the text. */
  start: number;
  /** Capitalised and not a title or function word: looks like a given name. */
  nameLike: boolean;
}

/**
 * Abbreviated titles, after which a sentence goes on. Middle initials are read by
 * givenBeforeInitials, which also knows a sentence can end on a lone letter ("Plan B.").
 */
const TITLE_ABBREVIATIONS = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|Lt|Col|Capt|Sgt|Adm|Prof|Pres|St|Hon|Amb)\.$/;

function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

function classify(word: string, start: number): Neighbour {
  const folded = foldText(word).replace(/\.$/, '');
  const nameLike = isCapitalised(word) && !NOT_GIVEN_NAMES.has(folded) && !/'s$/.test(folded);
  return { word: folded, start, nameLike };
}

/**
 * Where the spaces right before `start` begin, or -1 if there are none or they hold a line
 * break: a heading or a paragraph ends there, and the words above are not part of a name.
 */
function spacesBefore(text: string, start: number): number {
  let p = start;
  while (p > 0 && isSpaceCode(text.charCodeAt(p - 1))) {
    if (text.charCodeAt(p - 1) === 10) return -1;
    p--;
  }
  return p === start ? -1 : p;
}

/** The word right before `start`, on the same line and separated from it by spaces only. */
export function wordBefore(text: string, start: number): Neighbour | null {
  let p = spacesBefore(text, start);
  if (p < 0) return null;
  const end = p;
  while (p > 0 && (isWordCode(text.charCodeAt(p - 1)) || text[p - 1] === "'" || text[p - 1] === '’' || text[p - 1] === '.')) p--;
  if (p === end) return null;
  // A word ending in a full stop ends a sentence, unless it is an abbreviated title.
  if (text[end - 1] === '.' && !TITLE_ABBREVIATIONS.test(text.slice(p, end))) return null;
  return classify(text.slice(p, end), p);
}

/** A given name, then one or two middle initials, on one line right before the text's end ("Mark W. ", "Scott K. H. "). */
const GIVEN_AND_INITIALS = /(\p{L}+)[^\S\n]+(?:\p{Lu}\.[^\S\n]*){1,2}$/u;
/** Words a sentence may end on with a lone letter ("under Schedule F. Trump said"): no name. */
const LETTER_LABELS = new Set(['plan', 'schedule', 'title', 'section', 'article', 'appendix', 'form', 'type', 'class', 'group', 'phase', 'option', 'vitamin', 'exhibit', 'grade', 'model', 'version', 'part', 'chapter', 'category', 'tier', 'level', 'war', 'series']);

/**
 * The given name before middle initials that end right before `start` ("Mark W. Sobel"),
 * or null when no initial stands there. Read only after a full stop, so that the bare
 * surnames of a page, which rarely follow one, cost nothing more.
 */
export function givenBeforeInitials(text: string, start: number): Neighbour | null {
  const p = spacesBefore(text, start);
  if (p < 0 || text.charCodeAt(p - 1) !== 46) return null;
  const from = Math.max(0, start - 40);
  const m = GIVEN_AND_INITIALS.exec(text.slice(from, start));
  if (!m) return null;
  const given = classify(m[1]!, from + m.index);
  return LETTER_LABELS.has(given.word) ? null : given;
}

/** The word right after `end`, separated from it by spaces only. */
export function wordAfter(text: string, end: number): Neighbour | null {
  let p = end;
  while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0)) p++;
  if (p === end) return null;
  const start = p;
  while (p < text.length && isWordCode(text.charCodeAt(p))) p++;
  if (p === start) return null;
  return classify(text.slice(start, p), start);
}

const LINE_REACH = 240;
const WORD = /\p{L}[\p{L}'’.-]*/gu;

/**
 * Whether the line around `pos` is written in title case, as headlines are ("As Trump
 * Reaches Toward Putin"): there a capitalised word after a name says nothing about it.
 * Three words in four capitalised, the short ones title case leaves lower-case included.
 */
export function inTitleCaseLine(text: string, pos: number): boolean {
  const from = text.lastIndexOf('\n', pos) + 1;
  const lineEnd = text.indexOf('\n', pos);
  const line = text.slice(Math.max(from, pos - LINE_REACH), Math.min(lineEnd < 0 ? text.length : lineEnd, pos + LINE_REACH));
  let words = 0;
  let capitalised = 0;
  for (const [w] of line.matchAll(WORD)) {
    words++;
    if (isCapitalised(w)) capitalised++;
  }
  return capitalised * 4 >= words * 3;
}
