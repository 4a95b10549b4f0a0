/**
 * A saved article's HTML, shown on request. It is sanitized again (DOMPurify) into a
 * DocumentFragment and appended: no innerHTML, no images or embeds, so showing it makes
 * no network request.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import DOMPurify from 'dompurify';
import { PURIFY_CONFIG } from '../clippings/article';

export function ArticleView({ html }: { html: string }): JSX.Element {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    if (!open || !box) return;
    const fragment = DOMPurify.sanitize(html, { ...PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true });
    box.replaceChildren(fragment);
  }, [open, html]);
  return (
    <div>
      <button type="button" class="link" onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? 'Hide the saved article' : 'Show the saved article'}
      </button>
      {open ? <div class="article-html" ref={ref} /> : null}
    </div>
  );
}
