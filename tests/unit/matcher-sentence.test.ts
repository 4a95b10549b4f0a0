/** The `earlier` condition's reading of sentences: where one starts, and who leads it up to a mention. */
import { describe, expect, it } from 'vitest';
import { compileCondition, holds } from '../../knowledge/matcher/conditions';
import { sentenceStart } from '../../knowledge/matcher/sentence';

const at = (text: string, words: string) => text.indexOf(words);
/** The condition as an alias carries it, asked about the word `before` in `text`. */
const rule = compileCondition({ earlier: ['Japan', 'Netherlands'], over: ['U.S.', 'Washington'] });
const ledBy = (text: string, before: string) => {
  const start = at(text, before);
  return holds(rule, { text, start, end: start + before.length, seen: false });
};

describe('sentenceStart', () => {
  it('starts after a full stop, question or exclamation mark and a space before a capital', () => {
    const text = 'Japan acted. The rules took effect! Did “Tokyo” agree? Yes, it did.';
    expect(sentenceStart(text, 0, at(text, 'rules'))).toBe(at(text, 'The rules'));
    expect(sentenceStart(text, 0, at(text, 'agree'))).toBe(at(text, 'Did'));
    expect(sentenceStart(text, 0, at(text, 'it did'))).toBe(at(text, 'Yes'));
    expect(sentenceStart(text, 0, at(text, 'acted'))).toBe(0);
  });

  it('reads past a closing quote, and not at a full stop before a small letter', () => {
    const text = 'He said “enough.” Then Japan acted, e.g. with rules.';
    expect(sentenceStart(text, 0, at(text, 'rules'))).toBe(at(text, 'Then'));
  });

  it('never goes back past `lo`', () => {
    const text = 'Japan acted and the Netherlands followed';
    expect(sentenceStart(text, 10, at(text, 'followed'))).toBe(10);
  });
});

describe('the earlier condition', () => {
  it('holds when a listed name leads the sentence up to the mention', () => {
    const text = 'Washington acted. Japan tightened export controls.';
    expect(ledBy(text, 'export')).toBe(true);
  });

  it('fails when the name is in an earlier sentence, or an `over` name follows it', () => {
    const a = 'Japan acted. Officials tightened export controls.';
    expect(ledBy(a, 'export')).toBe(false);
    const b = 'Japan said the U.S. export controls hurt.';
    expect(ledBy(b, 'export')).toBe(false);
    const c = 'The U.S. pressed Japan to adopt export controls.';
    expect(ledBy(c, 'export')).toBe(true);
  });

  it('takes names whole and as written: "Japanese" is not "Japan", "washington" is not "Washington"', () => {
    expect(ledBy('Japanese firms were hit by export controls.', 'export')).toBe(false);
    expect(ledBy('Japan said the washington export controls hurt.', 'export')).toBe(true);
  });
});
