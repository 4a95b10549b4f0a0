/**
 * Parts of a page whose text is not prose for a reader: code, form fields, editors,
 * graphics, and Backgrounder's own UI. Their text is never annotated.
 */

/** Tag names (upper case, as Element.tagName gives them for HTML). */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE', 'SVG', 'MATH',
  'TEMPLATE', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'KBD', 'SAMP', 'BUTTON',
]);

/** Custom element name of the hover card's host: the scan must never read its own UI. */
export const UI_HOST_TAG = 'BACKGROUNDER-UI';

export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || tag === UI_HOST_TAG) return true;
  const editable = el.getAttribute('contenteditable');
  // contenteditable="" and "true" and "plaintext-only" all make an editor; "false" does not.
  return editable !== null && editable !== 'false';
}

/** Elements that start a new block of text: names never run across them. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}
