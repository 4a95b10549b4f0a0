/**
 * Parts of a page whose text is not prose for a reader: code, form fields, editors,
 * graphics, and Backgrounder's own UI. Their text is never annotated.
 */

/** Custom element name of the hover card's host: the scan must never read its own UI. */
export const UI_HOST_TAG = 'BACKGROUNDER-UI';

/** Element names (lower case, as Element.localName gives them). */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'code', 'pre', 'svg', 'math',
  'template', 'iframe', 'object', 'canvas', 'video', 'audio', 'head', 'title', 'kbd', 'samp', 'button',
  UI_HOST_TAG.toLowerCase(),
]);

/** Elements skipped for their name alone (code, form fields, media, our UI). */
export function isSkippedName(localName: string): boolean {
  return SKIPPED.has(localName);
}

/** contenteditable="" and "true" and "plaintext-only" all make an editor; "false" does not. */
export function isEditor(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function isSkipped(el: Element): boolean {
  return isSkippedName(el.localName) || isEditor(el);
}

/**
 * Whether anything under `root` (or root itself) is marked contenteditable: asked once per
 * scan, natively, so that on the many pages with no editor no element is asked its attributes.
 */
export function mayHoldEditors(root: Node): boolean {
  const el = root as Element;
  if (typeof el.querySelector !== 'function') return true;
  return el.querySelector('[contenteditable]') !== null || (typeof el.hasAttribute === 'function' && el.hasAttribute('contenteditable'));
}

/** True when `node` sits inside something never annotated (an editor, code, our UI). */
export function insideSkipped(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) if (isSkipped(el)) return true;
  return false;
}

/** Elements that start a new block of text: names never run across them. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export function isBlock(el: Element): boolean {
  return isBlockName(el.localName);
}

export function isBlockName(localName: string): boolean {
  return BLOCK_TAGS.has(localName);
}
