// @vitest-environment happy-dom
/** Reading a page's prose: blocks, skipped regions, names split across inline elements. */
import { describe, expect, it } from 'vitest';
import { pageText, readBlocks } from '../../pagetext/blocks';

function doc(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('readBlocks', () => {
  it('joins inline elements inside a block and separates blocks', () => {
    const d = doc('<p><b>Elon</b> Musk met <i>Li</i> Qiang.</p><p>Next</p>');
    const blocks = [...readBlocks(d.body, d)];
    expect(blocks.map((b) => b.text)).toEqual(['Elon Musk met Li Qiang.', 'Next']);
    expect(blocks[0]!.nodes).toHaveLength(4);
    expect(blocks[0]!.starts).toEqual([0, 4, 14, 16]);
  });

  it('skips scripts, styles, form fields, editors, code and SVG', () => {
    const d = doc(`<p>Keep Trump</p><script>var Trump</script><style>.Trump{}</style><textarea>Trump</textarea>
      <div contenteditable="true"><p>Trump</p></div><div contenteditable="false">Kept</div><pre>Trump</pre><code>Trump</code>
      <svg><text>Trump</text></svg><select><option>Trump</option></select>`);
    expect(pageText(d.body, d)).toBe('Keep Trump\n\nKept');
  });

  it('skips an editor that is the scanned root itself, or plaintext-only, and reads on when there is none', () => {
    const d = doc('<div id="ed" contenteditable="">Trump</div><p contenteditable="plaintext-only">Musk</p><p id="plain">Xi</p>');
    expect(pageText(d.getElementById('ed')!, d)).toBe('');
    expect(pageText(d.body, d)).toBe('Xi');
    expect(pageText(d.getElementById('plain')!, d)).toBe('Xi');
  });

  it('turns <br> into a line break, never a word joiner', () => {
    const d = doc('<p>Trump<br>said</p>');
    expect(pageText(d.body, d)).toBe('Trump\nsaid');
  });

  it('keeps text around a nested block as separate blocks of the same element', () => {
    const d = doc('<div>before <p>inside</p> after</div>');
    expect([...readBlocks(d.body, d)].map((b) => b.text.trim())).toEqual(['before', 'inside', 'after']);
  });
});
