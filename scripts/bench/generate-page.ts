/**
 * Generates a long news page for benchmarks: paragraphs of prose with curated names
 * (some split across inline elements), look-alike words that must not match, nested
 * inline markup, and a comments section. Deterministic for a given word count.
 */

const FILLER =
  'officials said the talks would continue next week as markets weighed the outlook for trade investment and supply chains across the region while analysts cautioned that any agreement could take months'.split(' ');
const NAMES = [
  'Xi Jinping', 'Donald Trump', 'Scott Bessent', 'PNTR', 'the Phase One deal', 'Tesla’s Shanghai plant', 'Howard Lutnick',
  'Joe Biden', 'the South China Sea', 'Taiwan', 'the International Monetary Fund', 'Li Qiang', 'Truth Social', 'COP28',
];
const SPLIT = ['<b>Elon</b> Musk', '<i>Xi</i> Jinping', 'Scott <span class="n">Bessent</span>', '<a href="#">Phase One</a> deal'];
const LOOKALIKES = ['apple pie', 'Teslas', 'Trumpet', 'Xi’an', 'Captain Cook', 'the Big Apple', 'Malcolm X', 'phase one of the study', 'Nikola Tesla'];

/** A tiny deterministic PRNG, so every run measures the same page. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function paragraph(words: number, next: () => number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; ) {
    const r = next();
    if (r < 0.04) parts.push(NAMES[Math.floor(next() * NAMES.length)]!);
    else if (r < 0.05) parts.push(SPLIT[Math.floor(next() * SPLIT.length)]!);
    else if (r < 0.06) parts.push(LOOKALIKES[Math.floor(next() * LOOKALIKES.length)]!);
    else if (r < 0.07) parts.push(`<em>${FILLER[Math.floor(next() * FILLER.length)]}</em>`);
    else parts.push(FILLER[Math.floor(next() * FILLER.length)]!);
    i += 1;
  }
  return `<p>${parts.join(' ')}.</p>`;
}

/** About `words` words of article and comments, as a complete HTML document. */
export function generatePage(words: number, seed = 7): string {
  const next = rng(seed);
  const body: string[] = [];
  const articleWords = Math.floor(words * 0.8);
  for (let n = 0; n < articleWords; n += 60) body.push(paragraph(60, next));
  const comments: string[] = [];
  for (let n = 0; n < words - articleWords; n += 30) comments.push(`<li class="comment"><span class="user">reader${n}</span><div>${paragraph(30, next)}</div></li>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: U.S.–China trade talks</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:44rem;margin:1rem auto;padding:0 1rem}</style></head>
<body><header><nav><a href="#">World</a> · <a href="#">Trade</a></nav></header>
<main><article><h1>Live updates: U.S.–China trade talks</h1><div class="body">${body.join('\n')}</div></article>
<section id="comments"><h2>Comments</h2><ol>${comments.join('\n')}</ol></section></main></body></html>`;
}

/**
 * The same page with its story in one element, lines and paragraphs cut by <br>: how a
 * transcript or a page laid out by hand is written. The scan reads a block whole, so all
 * of the story is one block of text (the comments below it are another).
 */
export function generateOneBlockPage(words: number, seed = 7): string {
  return generatePage(words, seed)
    .replace(/<p>/g, '')
    .replace(/<\/p>/g, '<br><br>')
    .replace(/<\/?(?:ol|li|div)\b[^>]*>/g, ' ')
    .replace('<h2>Comments</h2>', '');
}
