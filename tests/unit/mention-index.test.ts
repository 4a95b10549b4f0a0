// @vitest-environment happy-dom
/**
 * The index the pointer and keyboard use to find the mention under a point: per block,
 * binary search over ranges that may span several text nodes.
 */
import { describe, expect, it } from 'vitest';
import { MentionIndex, Placed, mentionText } from '../../entrypoints/content/mention-index';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function textIn(el: Element, i = 0): Text {
  return [...el.childNodes].filter((n): n is Text => n.nodeType === 3)[i]!;
}

function placed(id: string, startContainer: Text, startOffset: number, endContainer: Text, endOffset: number): Placed {
  return new Placed(id, startContainer, startOffset, endContainer, endOffset);
}

describe('MentionIndex', () => {
  it('finds the mention under a point, in its own node or across nodes, and nothing between mentions', () => {
    const body = page('<p id="a">Xi met <b>Elon</b> Musk and Trump.</p><p id="b">Trump again.</p>');
    const a = body.querySelector('#a')!;
    const b = body.querySelector('#b')!;
    const first = textIn(a, 0);
    const elon = textIn(a.querySelector('b')!);
    const rest = textIn(a, 1);
    const index = new MentionIndex();
    index.add(a, placed('xi-jinping', first, 0, first, 2));
    index.add(a, placed('elon-musk', elon, 0, rest, 5));
    index.add(a, placed('donald-trump', rest, 10, rest, 15));
    index.add(b, placed('donald-trump', textIn(b), 0, textIn(b), 5));

    expect(index.at(first, 1)?.id).toBe('xi-jinping');
    expect(index.at(first, 4)).toBeNull();
    expect(index.at(elon, 2)?.id).toBe('elon-musk');
    expect(index.at(rest, 3)?.id).toBe('elon-musk');
    expect(index.at(rest, 7)).toBeNull();
    expect(index.at(rest, 12)?.id).toBe('donald-trump');
    expect(index.at(textIn(b), 2)?.id).toBe('donald-trump');
    expect(index.at(a, 0)).toBeNull();
    expect(index.size).toBe(4);
  });

  it('forgets a block and the blocks that left the page', () => {
    const body = page('<p id="a">Trump</p><p id="b">Musk</p>');
    const a = body.querySelector('#a')!;
    const b = body.querySelector('#b')!;
    const index = new MentionIndex();
    index.add(a, placed('donald-trump', textIn(a), 0, textIn(a), 5));
    index.add(b, placed('elon-musk', textIn(b), 0, textIn(b), 4));
    expect(index.removeBlock(a).map((p) => p.id)).toEqual(['donald-trump']);
    expect(index.at(textIn(a), 1)).toBeNull();
    b.remove();
    expect(index.prune().map((p) => p.id)).toEqual(['elon-musk']);
    expect(index.size).toBe(0);
  });

  it('reads a mention split across elements as the page shows it', () => {
    const body = page('<p><b>Elon</b> Musk said</p>');
    const p = body.querySelector('p')!;
    expect(mentionText(placed('elon-musk', textIn(p.querySelector('b')!), 0, textIn(p), 5))).toBe('Elon Musk');
  });
});
