/**
 * What a reader saved. One shape for the database, export and import.
 */

/** Where the text stood on the page, in the spirit of W3C Web Annotation's selectors. */
export interface Anchor {
  /** TextQuoteSelector: the exact text with some context either side. */
  quote: { exact: string; prefix: string; suffix: string };
  /** TextPositionSelector: UTF-16 offsets into the page's text (see pagetext/blocks.ts). */
  position: { start: number; end: number };
}

/** The article a clipping came from, when the reader saved a whole article. */
export interface ArticleInfo {
  byline: string | null;
  siteName: string | null;
  published: string | null;
  excerpt: string | null;
  /** Sanitized HTML of the article body (DOMPurify); shown only after sanitizing again. */
  html: string;
}

export type ClippingKind = 'selection' | 'article' | 'card';

export interface Clipping {
  id: string;
  kind: ClippingKind;
  /** The page URL, normalised: no #fragment, no utm_* or fbclid parameters. */
  url: string;
  title: string;
  /** Milliseconds since the epoch. */
  created: number;
  text: string;
  note: string;
  tags: string[];
  /** Ids of the curated entities the text mentions, found by the matcher. */
  entityIds: string[];
  anchor: Anchor | null;
  article: ArticleInfo | null;
}

/** What a save request carries; the background fills in id, created, url normalisation and entities. */
export type ClippingDraft = Omit<Clipping, 'id' | 'created' | 'entityIds'> & { tags: string[] };
