/**
 * The start expression is what keeps the scan cheap: the trie is walked, in JavaScript,
 * only where it matches. An alias that begins with an everyday word makes every use of
 * that word a place to walk: "talks in San Francisco" once added 1,536 of them to a
 * 50,000-word page and doubled the matcher's time there.
 */
import { describe, expect, it } from 'vitest';
import { entities } from '../../knowledge/entities';
import { compileHere } from '../../knowledge/matcher/precompiled';

const { starts } = compileHere(entities);
const wordsAt = (text: string) => starts.scan(text).map((i) => text.slice(i).split(/\W/)[0]);

describe('where the matcher starts walking', () => {
  it('never at the everyday words of a news story', () => {
    const text =
      'Officials said the talks would resume next week after a meeting of ministers. They met on Monday, ' +
      'and the government told reporters that markets had fallen while prices rose, according to people familiar with the plans.';
    expect(wordsAt(text)).toEqual([]);
  });

  it('at the first word of a name', () => {
    expect(wordsAt('Officials said Xi Jinping met Elon Musk about Tesla.')).toEqual(['Xi', 'Elon', 'Musk', 'Tesla']);
  });
});
