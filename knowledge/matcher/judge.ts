/**
 * Whether a candidate counts: letter case, the alias's rules, and for a bare surname,
 * who it means in this text.
 */
import { isSpaceCode } from './chars';
import type { CompiledAlias } from './compile';
import { holds } from './conditions';
import { checkCase } from './letter-case';
import type { MatchSession } from './session';
import { SOMEONE_ELSE, givenBeforeInitials, inTitleCaseLine, wordAfter, wordBefore } from './surnames';

export type Verdict = 'accept' | 'reject' | 'block';

const GENERATIONAL = /^\s*,?\s*(?:jr|sr|ii|iii|iv)\b/i;

/**
 * "Jr.", "Sr.", "II"… right after a name (a comma and spaces allowed): someone else of
 * that name. The first letter is looked at by hand: nearly every name is followed by a
 * word that cannot start one of these, and then no copy of the text is made.
 */
export function generationalAt(text: string, end: number): boolean {
  const stop = Math.min(text.length, end + 6);
  let p = end;
  // Commas and whatever \s matches (isSpaceCode, and the vertical tab and BOM besides).
  for (let c = text.charCodeAt(p); p < stop && (c === 44 || c === 11 || c === 0xfeff || isSpaceCode(c)); c = text.charCodeAt(++p));
  if (p < stop) {
    const c = text.charCodeAt(p) | 0x20;
    if (c !== 106 && c !== 115 && c !== 105) return false;
  }
  return GENERATIONAL.test(text.slice(end, end + 6));
}
/** "Sullivan & Cromwell": a surname joined to another name by an ampersand is a firm. */
const FIRM = /^\s*&\s*\p{Lu}/u;

function judgeSurname(alias: CompiledAlias, text: string, start: number, end: number, session: MatchSession): Verdict {
  if (FIRM.test(text.slice(end, end + 6))) return 'reject';
  const s = alias.surname!;
  // "Mark W. Sobel": a given name of this person, then middle initials. Another given
  // name there ("Harold W. Cook") is not this person; the surname's next bare use is left
  // to the rules below, since a sentence can end on a lone letter too ("Plan B.").
  const initialled = givenBeforeInitials(text, start);
  if (initialled?.nameLike) return s.given.has(initialled.word) && !generationalAt(text, end) ? 'accept' : 'reject';
  const prev = wordBefore(text, start);
  const next = wordAfter(text, end);
  if (prev?.nameLike) {
    if (s.given.has(prev.word)) return 'accept';
    // In a title-case headline ("How China Sees Trump Policy") capitals say nothing about names.
    if (wordBefore(text, prev.start)?.nameLike || next?.nameLike) return 'reject';
    // "Hunter Biden" takes the surname over. "Li Xi" does not: a Chinese name puts the
    // surname first, so there Xi is his given name, and the next bare "Xi" is still Xi Jinping.
    if (s.order === 'western') session.owners.set(s.key, SOMEONE_ELSE);
    return 'reject';
  }
  // "Xi Mingze" is someone else; "Trump and Xi Agree to…" in a title-case headline is not,
  // and must not hand the bare surname to someone else for the story below it. (A headline
  // naming "Xi Mingze" is then read as Xi: far rarer than "Xi Says", "Xi Warns".)
  const easternRunsOn = s.order === 'eastern' && next?.nameLike && !s.given.has(next.word) && !inTitleCaseLine(text, start);
  if (generationalAt(text, end) || easternRunsOn) {
    session.owners.set(s.key, SOMEONE_ELSE);
    return 'block';
  }
  // "Cook Islands", "Sullivan County", "Trump Tower": a western surname that runs on into
  // a capitalised word is part of a longer name, which the person lends but is not.
  if (s.order === 'western' && next?.nameLike && !inTitleCaseLine(text, start)) return 'reject';
  const owner = session.owners.get(s.key);
  if (owner === undefined) return s.alone === 'always' ? 'accept' : 'reject';
  return owner === alias.id ? 'accept' : 'reject';
}

/**
 * Whether the alias found at start..end is a mention. `stop` is where the mention ends, past
 * a plural suffix ("fentanyl tariff|s"): its rules read the words around the mention, not
 * the suffix ("fentanyl tariffs on Mexico" is followed by "on Mexico").
 */
export function judge(alias: CompiledAlias, text: string, start: number, end: number, session: MatchSession, stop = end): Verdict {
  if (!checkCase(alias, text, start, end)) return 'reject';
  if (alias.unless || alias.when) {
    const ctx = { text, start, end: stop, seen: session.seen.has(alias.id) };
    if (alias.unless && holds(alias.unless, ctx)) return 'reject';
    if (alias.when && !holds(alias.when, ctx)) return 'reject';
  }
  if (alias.bareSurname) return judgeSurname(alias, text, start, end, session);
  if (alias.surname && alias.titledEastern) {
    // "Premier Li Keqiang" is not Premier Li Qiang: another given name follows the surname.
    const next = wordAfter(text, end);
    if (next?.nameLike && !alias.surname.given.has(next.word)) {
      session.owners.set(alias.surname.key, SOMEONE_ELSE);
      return 'block';
    }
  }
  if (alias.surname && generationalAt(text, end)) {
    // "Donald Trump Jr." is someone else, and so is the bare surname for a while.
    session.owners.set(alias.surname.key, SOMEONE_ELSE);
    return 'block';
  }
  return 'accept';
}

export function record(alias: CompiledAlias, session: MatchSession): void {
  session.seen.add(alias.id);
  if (alias.surname) session.owners.set(alias.surname.key, alias.id);
}

