/** The `earlier` condition's reading of sentences: where one starts, and who leads it up to a mention. */
import { describe, expect, it } from 'vitest';
import { heldEarlier, sentenceStart } from '../../knowledge/matcher/sentence';

const at = (text: string, words: string) => text.indexOf(words);
const patterns = { words: /(?<![A-Za-z0-9])(?:Japan|Netherlands)(?![A-Za-z0-9])/g, over: /(?<![A-Za-z0-9])(?:U\.S\.|Washington)(?![A-Za-z0-9])/g };

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

describe('heldEarlier', () => {
  it('holds when a listed name leads the sentence up to the mention', () => {
    const text = 'Washington acted. Japan tightened export controls.';
    expect(heldEarlier(patterns, text, 0, at(text, 'export'))).toBe(true);
  });

  it('fails when the name is in an earlier sentence, or an `over` name follows it', () => {
    const a = 'Japan acted. Officials tightened export controls.';
    expect(heldEarlier(patterns, a, 0, at(a, 'export'))).toBe(false);
    const b = 'Japan said the U.S. export controls hurt.';
    expect(heldEarlier(patterns, b, 0, at(b, 'export'))).toBe(false);
    const c = 'The U.S. pressed Japan to adopt export controls.';
    expect(heldEarlier(patterns, c, 0, at(c, 'export'))).toBe(true);
  });

  it('takes names whole: "Japanese" is not "Japan"', () => {
    const text = 'Japanese firms were hit by export controls.';
    expect(heldEarlier(patterns, text, 0, at(text, 'export'))).toBe(false);
  });
});
