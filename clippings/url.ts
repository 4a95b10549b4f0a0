/** URL normalisation: one page, one URL, whatever tracking parameters it was reached with. */

const TRACKING = /^(?:utm_.*|fbclid|gclid|dclid|mc_cid|mc_eid|igshid)$/i;

export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  url.hash = '';
  // forEach rather than spreading keys(): in a Firefox content script the URL comes through
  // an Xray wrapper, and the iterator keys() returns there is not iterable.
  const keys: string[] = [];
  url.searchParams.forEach((_value, key) => void keys.push(key));
  for (const key of keys) if (TRACKING.test(key)) url.searchParams.delete(key);
  // URLSearchParams re-encodes; keep an empty query from leaving a bare "?".
  if (keys.every((key) => TRACKING.test(key))) url.search = '';
  return url.toString();
}

/** The site a URL belongs to, for filtering: its host without "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
