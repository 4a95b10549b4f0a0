/** URL normalisation, entity tagging, anchors, settings. */
import { describe, expect, it } from 'vitest';
import { makeAnchor, sentenceAround } from '../../clippings/anchor';
import { makeClipping } from '../../clippings/service';
import { normalizeUrl, onOriginOf, siteOf } from '../../clippings/url';
import { entities } from '../../knowledge/entities';
import { createMatcher } from '../../knowledge/matcher';
import { coerceSettings, isSiteDisabled, toggleSite } from '../../settings/settings';

describe('normalizeUrl', () => {
  it.each([
    ['https://ex.com/a?utm_source=x&utm_medium=y#top', 'https://ex.com/a'],
    ['https://ex.com/a?id=3&fbclid=abc', 'https://ex.com/a?id=3'],
    ['https://ex.com/a?UTM_Campaign=1&gclid=2&page=2', 'https://ex.com/a?page=2'],
    ['https://ex.com/a', 'https://ex.com/a'],
    ['not a url', 'not a url'],
    ['https://ex.com/a?', 'https://ex.com/a'],
    ['https://ex.com/a?utm%5Fsource=x&id=1', 'https://ex.com/a?id=1'],
  ])('%s', (raw, want) => expect(normalizeUrl(raw)).toBe(want));

  it('gives a page one URL with or without tracking parameters, whatever its others hold', () => {
    for (const query of ['q=a b', 'q=a%20b', 'q=a+b', "name=O'Brien", 'tag=%E4%B8%AD%E5%9B%BD', 'a=1&&b=2', 'x=~*']) {
      const plain = normalizeUrl(`https://ex.com/s?${query}`);
      expect(normalizeUrl(`https://ex.com/s?utm_source=n&${query}&fbclid=1#c`)).toBe(plain);
      expect(normalizeUrl(plain)).toBe(plain);
    }
  });

  it('takes the URL a page says it is at only on the origin the browser reports for it', () => {
    expect(onOriginOf('https://ex.com/story-2', 'https://ex.com/story-1')).toBe('https://ex.com/story-2');
    expect(onOriginOf('https://other.example/private', 'https://ex.com/story-1')).toBe('https://ex.com/story-1');
    expect(onOriginOf('http://ex.com/story-2', 'https://ex.com/story-1')).toBe('https://ex.com/story-1');
    expect(onOriginOf('not a url', 'https://ex.com/story-1')).toBe('https://ex.com/story-1');
    expect(onOriginOf('https://ex.com/story-2', undefined)).toBeUndefined();
  });

  it('names the site without www', () => expect(siteOf('https://www.ft.com/x')).toBe('ft.com'));
});

describe('makeClipping', () => {
  const matcher = createMatcher(entities);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const base = { kind: 'selection' as const, url: 'https://ex.com/a?utm_source=t#frag', title: ' Talks ', note: '', tags: [' trade ', 'trade', ''], anchor: null, article: null };

  it('tags the entities the text mentions, normalises the URL and tags', () => {
    const c = makeClipping({ ...base, text: 'Scott Bessent and Xi Jinping discussed PNTR.' }, matcher, (id) => names.get(id), 42, 'id1');
    expect(c).toMatchObject({ id: 'id1', created: 42, url: 'https://ex.com/a', title: 'Talks', tags: ['trade'], entityIds: ['scott-bessent', 'xi-jinping', 'pntr'] });
  });

  it('keeps a card’s entity even when the sentence alone would not name it', () => {
    const c = makeClipping({ ...base, kind: 'card', text: 'Cook said sales were strong.', entityId: 'tim-cook' }, matcher, (id) => names.get(id));
    expect(c.entityIds).toEqual(['tim-cook']);
    expect(c.tags).toContain('Tim Cook');
  });
});

describe('anchors', () => {
  it('keeps the quote with context and its position', () => {
    const text = 'Intro. Scott Bessent said Beijing should buy more. Outro.';
    const s = text.indexOf('Scott');
    const a = makeAnchor(text, s, s + 13);
    expect(a.quote).toEqual({ exact: 'Scott Bessent', prefix: 'Intro. ', suffix: ' said Beijing should buy more. O' });
    expect(a.position).toEqual({ start: s, end: s + 13 });
  });

  it('finds the sentence around a mention, past initials like U.S.', () => {
    const text = 'First. The U.S. and Xi Jinping met. Last.';
    const s = text.indexOf('Xi');
    const [a, b] = sentenceAround(text, s, s + 10);
    expect(text.slice(a, b)).toBe('The U.S. and Xi Jinping met.');
  });
});

describe('settings', () => {
  it('falls back to defaults for anything broken', () => {
    expect(coerceSettings({ types: ['person', 'nonsense'], hoverDelayMs: 99999, disabledSites: ['WWW.FT.com', 7] })).toEqual({ types: ['person'], hoverDelayMs: 2000, disabledSites: ['www.ft.com'] });
    expect(coerceSettings(null).types.length).toBeGreaterThan(5);
  });

  it('turns a site off and on by host, with or without www', () => {
    const off = toggleSite(coerceSettings({}), 'www.ft.com', false);
    expect(isSiteDisabled(off, 'ft.com')).toBe(true);
    expect(isSiteDisabled(toggleSite(off, 'ft.com', true), 'www.ft.com')).toBe(false);
  });
});
