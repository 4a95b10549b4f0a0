/**
 * Turning a page snapshot into a saved article: Readability runs on a parsed copy
 * (never the live page), and its HTML is sanitized with DOMPurify before it is stored.
 */
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import type { ClippingDraft } from '../messaging/protocol';

/** What survives sanitizing: structure and text, no scripts, styles, forms or embeds. */
export const PURIFY_CONFIG = {
  ALLOWED_TAGS: ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's', 'a', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'sup', 'sub', 'span', 'div', 'section', 'article', 'time', 'abbr', 'cite', 'q', 'dl', 'dt', 'dd'],
  ALLOWED_ATTR: ['href', 'title', 'datetime', 'colspan', 'rowspan'],
  ALLOW_DATA_ATTR: false,
};

export function sanitizeHtml(html: string, window: Window & typeof globalThis): string {
  const purify = DOMPurify(window);
  return purify.sanitize(html, PURIFY_CONFIG);
}

/** Parses the snapshot with a <base> so relative links resolve to the page. */
function parse(html: string, url: string, parser: DOMParser): Document {
  const doc = parser.parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  return doc;
}

export function articleDraft(snapshot: { html: string; url: string; title: string }, window: Window & typeof globalThis, note = '', tags: string[] = []): ClippingDraft | null {
  const doc = parse(snapshot.html, snapshot.url, new window.DOMParser());
  const parsed = new Readability(doc).parse();
  if (!parsed?.textContent?.trim()) return null;
  return {
    kind: 'article',
    url: snapshot.url,
    title: parsed.title?.trim() || snapshot.title,
    text: parsed.textContent.trim(),
    note,
    tags,
    anchor: null,
    article: {
      byline: parsed.byline?.trim() || null,
      siteName: parsed.siteName?.trim() || null,
      published: parsed.publishedTime?.trim() || null,
      excerpt: parsed.excerpt?.trim() || null,
      html: sanitizeHtml(parsed.content ?? '', window),
    },
  };
}
