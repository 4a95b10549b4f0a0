/** URL normalisation: one page, one URL, whatever tracking parameters it was reached with. */

const TRACKING = /^(?:utm_.*|fbclid|gclid|dclid|mc_cid|mc_eid|igshid)$/i;

/** A query parameter's name, decoded as a form would read it ("utm%5Fsource" is "utm_source"). */
function parameterName(pair: string): string {
  const name = pair.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * The URL without its fragment and tracking parameters. The query is filtered as text, the
 * other parameters kept exactly as written: re-encoding them (as URLSearchParams does)
 * would give a page reached with a tracking parameter another URL than the same page
 * reached without one whenever a parameter holds a space or a quote. Plain string work
 * also serves Firefox content scripts, where a URL's searchParams iterators are not
 * iterable (the URL comes through an Xray wrapper).
 */
export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  url.hash = '';
  const pairs = url.search.slice(1).split('&');
  const kept = pairs.filter((pair) => !TRACKING.test(parameterName(pair)));
  if (!kept.some(Boolean)) url.search = '';
  else if (kept.length < pairs.length) url.search = `?${kept.join('&')}`;
  return url.toString();
}

/**
 * The URL a page says it is at, when that is on the origin the browser reports for it (a page
 * cannot leave its origin without loading another); otherwise the browser's URL.
 */
export function onOriginOf(claimed: string, reported: string | undefined): string | undefined {
  if (reported === undefined) return undefined;
  try {
    return new URL(claimed).origin === new URL(reported).origin ? claimed : reported;
  } catch {
    return reported;
  }
}

/** The site a URL belongs to, for filtering: its host without "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
