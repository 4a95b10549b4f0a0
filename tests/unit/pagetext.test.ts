// @vitest-environment happy-dom
/** Reading a page's prose: blocks, skipped regions, names split across inline elements. */
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, BlockReader, type TextBatch, UNFINISHED, pageText, readText } from '../../pagetext/blocks';

function doc(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

/** Each block's text, cut out of the batch by its start and the next block's. */
function blockTexts(batch: TextBatch): string[] {
  return batch.blockStarts.map((s, i) => batch.text.slice(s, (batch.blockStarts[i + 1] ?? batch.text.length + BLOCK_SEPARATOR.length) - BLOCK_SEPARATOR.length));
}

describe('BlockReader', () => {
  it('joins inline elements inside a block and separates blocks', () => {
    const d = doc('<p><b>Elon</b> Musk met <i>Li</i> Qiang.</p><p>Next</p>');
    const batch = readText(d.body, d);
    expect(batch.text).toBe('Elon Musk met Li Qiang.\n\nNext');
    expect(blockTexts(batch)).toEqual(['Elon Musk met Li Qiang.', 'Next']);
    expect(batch.blocks.map((b) => b.textContent)).toEqual(['Elon Musk met Li Qiang.', 'Next']);
    expect(batch.nodes).toHaveLength(5);
    expect(batch.starts).toEqual([0, 4, 14, 16, 25]);
    expect(batch.blockNodes).toEqual([0, 4]);
    batch.nodes.forEach((node, i) => expect(batch.text.startsWith(node.data, batch.starts[i])).toBe(true));
  });

  it('leaves out whitespace between blocks, with no separator of its own', () => {
    const d = doc('<div>\n  <p>One</p>\n  <p> </p>\n  <p>Two</p>\n</div>');
    const batch = readText(d.body, d);
    expect(batch.text).toBe('One\n\nTwo');
    expect(batch.blocks.map((b) => b.textContent)).toEqual(['One', 'Two']);
    expect(batch.nodes.map((n) => n.data)).toEqual(['One', 'Two']);
  });

  it('reads a block of many nodes a few nodes per call, into the same batch as read at once', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i} on <b>Xi</b> Jinping<br>`).join('');
    const d = doc(`<h1>Title</h1><div>${lines}</div><p>After</p>`);
    const reader = new BlockReader(d.body, d);
    const results: (TextBatch | typeof UNFINISHED)[] = [];
    for (let b = reader.next(Infinity, 7); b; b = reader.next(Infinity, 7)) results.push(b);
    // 1 + 150 + 1 text nodes, 7 per call: the one batch comes after many unfinished calls.
    expect(results.filter((b) => b === UNFINISHED).length).toBe(Math.floor(152 / 7));
    const batches = results.filter((b): b is TextBatch => b !== UNFINISHED);
    expect(batches).toHaveLength(1);
    const whole = readText(d.body, d);
    expect(batches[0]!.text).toBe(whole.text);
    expect(batches[0]!.nodes).toEqual(whole.nodes);
    expect(batches[0]!.starts).toEqual(whole.starts);
    expect(batches[0]!.blocks).toEqual(whole.blocks);
  });

  it('reads in batches of whole blocks that together are the text read at once', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i} on <b>Xi</b> Jinping</p>\n<div> </div>`).join('');
    const d = doc(`<article>${paragraphs}<div>tail <p>inner</p> after</div></article>`);
    const reader = new BlockReader(d.body, d);
    const batches: TextBatch[] = [];
    for (let b = reader.next(60); b; b = reader.next(60)) batches.push(b);
    expect(batches.length).toBeGreaterThan(5);
    for (const b of batches.slice(0, -1)) expect(b.text.length).toBeGreaterThanOrEqual(60);
    expect(batches.map((b) => b.text).join(BLOCK_SEPARATOR)).toBe(pageText(d.body, d));
    expect(batches.flatMap(blockTexts)).toEqual(blockTexts(readText(d.body, d)));
    expect(reader.next(60)).toBeNull();
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

  it('skips a paragraph inside an editor that also holds text of its own, after reading that text', () => {
    const d = doc('<p>Before</p><div contenteditable="true">Draft <p>Trump</p><div><p>Musk</p></div></div><section><p>After</p></section>');
    expect(pageText(d.body, d)).toBe('Before\n\nAfter');
  });

  it('turns <br> into a line break, never a word joiner', () => {
    const d = doc('<p>Trump<br>said</p>');
    expect(pageText(d.body, d)).toBe('Trump\nsaid');
  });

  it('keeps text around a nested block as separate blocks of the same element', () => {
    const d = doc('<div>before <p>inside</p> after</div>');
    const batch = readText(d.body, d);
    expect(blockTexts(batch).map((t) => t.trim())).toEqual(['before', 'inside', 'after']);
    expect(batch.blocks.map((b) => b.localName)).toEqual(['div', 'p', 'div']);
  });
});
