/**
 * The shapes of what Backgrounder knows. Curated entities are written in
 * knowledge/entities/*.ts; the knowledge build compiles them into a lexicon (what the
 * matcher needs, shipped to every page) and cards (what a hover card shows, kept in
 * the background and extension pages).
 */

export const ENTITY_TYPES = [
  'person',
  'company',
  'policy',
  'agreement',
  'facility',
  'forum',
  'event',
  'agency',
  'organization',
  'media',
  'place',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * A test on the text around a candidate mention. Phrases compare case-insensitively
 * with curly and straight apostrophes, dashes and whitespace folded.
 * - near: one of these words or phrases occurs in the same paragraph, within ~200 characters.
 * - before / after: the text right before (after) the mention ends (starts) with one of these.
 * - earlier: one of these names (letter case kept) stands earlier in the mention's sentence,
 *   and none of `over` stands between the last of them and the mention: who the sentence
 *   is about ("Japan tightened export controls…" against "Japan said the U.S. export controls…").
 * - seen: the entity was already mentioned earlier in the same text.
 * - alone: the mention is all the text of its paragraph: a link or label standing on its
 *   own, as in a share bar or a menu, rather than a name in a sentence.
 * - any: at least one of the listed conditions holds.
 * - all: every one of the listed conditions holds.
 */
export type Condition =
  | { near: readonly string[] }
  | { before: readonly string[] }
  | { after: readonly string[] }
  | { earlier: readonly string[]; over?: readonly string[] }
  | { seen: true }
  | { alone: true }
  | { any: readonly Condition[] }
  | { all: readonly Condition[] };

/** One way of writing an entity's name, with the rule that makes it safe to annotate. */
export interface AliasSpec {
  text: string;
  /** The alias counts only when this holds: the rule for an ambiguous name. */
  when?: Condition;
  /** The alias never counts when this holds (e.g. "Nikola" before "Tesla"). */
  unless?: Condition;
}

/**
 * A person's surname used alone ("Biden said"). Whether it means this person is decided
 * by who was named in full most recently in the same text: another person with the same
 * surname ("Hunter Biden") takes it over until this person is named in full again.
 */
export interface SurnameSpec {
  text: string;
  /** Given names that confirm this person when they stand next to the surname. */
  given: readonly string[];
  /** western: given name before the surname; eastern: surname first ("Xi Jinping"). */
  order: 'western' | 'eastern';
  /** always: the surname alone means this person unless someone else took it over;
   *  after-full-name: only once the full name has appeared in the text. */
  alone: 'always' | 'after-full-name';
  /** The bare surname counts only when this holds. */
  when?: Condition;
  unless?: Condition;
}

/** What the matcher needs to know about one entity: all that every page ships of it. */
export interface MatchEntry {
  id: string;
  type: EntityType;
  aliases: readonly (string | AliasSpec)[];
  surname?: SurnameSpec;
}

/** An entity as the knowledge build reads it: what the matcher needs, and its name. */
export interface LexiconEntry extends MatchEntry {
  name: string;
}

/** A key date or figure, as the corpus gives it. */
export interface Fact {
  label: string;
  value: string;
}

/** A curated entity, as a curator writes it. */
export interface EntityRecord extends LexiconEntry {
  /** One to three sentences in our own words, using only facts the corpus states. */
  summary: string;
  facts: readonly Fact[];
  related: readonly string[];
}

/** A mention found in a text. Offsets are UTF-16 code units, end exclusive. */
export interface Mention {
  id: string;
  start: number;
  end: number;
  text: string;
}
