/** Firms, institutions and places that share a name or its words with one of ours, and the text that tells them apart. */
import { describe, expect, it } from 'vitest';
import { entities } from '../../knowledge/entities';
import { createMatcher } from '../../knowledge/matcher';

const matcher = createMatcher(entities);
const ids = (text: string) => matcher.find(text).map((m) => m.id);

describe('institutions and firms that share a name', () => {
  it.each([
    ['U.S. Treasury yields rose as Beijing officials watched', []],
    ['The U.S. Treasury said it would act', ['us-treasury']],
    ['The Treasury said Friday that it would sanction three Chinese refiners.', ['us-treasury']],
    ['Australia’s Treasury said sanctions on Russia would cost little.', []],
    ['In 2019 the Treasury designated China a currency manipulator.', ['us-treasury', 'currency-manipulator']],
    ['The Treasury said the pound had fallen, Britain’s chancellor noted.', []],
    ['U.S. Treasury Secretary Scott Bessent said', ['scott-bessent']],
    ['Jake Sullivan spoke. Later, Sullivan & Cromwell advised the buyer.', ['jake-sullivan']],
    ['Wendy Cutler of the Asia Society Policy Institute said so. ASPI expects a truce.', ['wendy-cutler', 'asia-society-policy-institute', 'asia-society-policy-institute']],
    ['A report by ASPI, the Australian think tank, tracked Chinese drills.', []],
    ['The Asia Society’s Policy Institute held a panel on the truce.', ['asia-society-policy-institute']],
    ['Matthew Turpin, a fellow at the Hoover Institute at Stanford, said so.', ['matthew-turpin', 'hoover-institution']],
    ['Blackstone shares rose. The Blackstone River flows through Massachusetts.', ['blackstone']],
    ['BlackRock and Blackstone both reported record inflows.', ['blackstone']],
    // Words that begin a sentence with a capital and a name's letters.
    ['Musk oxen roam the Arctic tundra.', []],
    ['Trump cards decide the game in bridge.', []],
    ['America First Credit Union opened a branch in Utah.', []],
    ['The Global Times editor Hu Xijin wrote that Washington was panicking.', ['global-times']],
    ['The Fudan Institute of International Studies published a report.', ['fudan-iis']],
    // "Cook" alone is Apple's chief only near Apple's words or after his full name.
    ['Cook said Apple would invest $500 billion in the United States.', ['tim-cook', 'apple']],
    ['Cook said the county would raise taxes.', []],
    ['Cook the apple slices in butter until soft.', []],
    ['Carney said Canada would answer the tariffs.', ['mark-carney']],
    ['Carney, once the White House press secretary, joined Amazon.', []],
    ['Carney, who was governor of the Bank of England, warned of a trade war.', ['mark-carney']],
    // Jay Shambaugh of the Treasury, and David Shambaugh, a China scholar.
    ['Shambaugh, the Treasury under secretary, said so.', ['jay-shambaugh', 'us-treasury']],
    ['David Shambaugh wrote a book. Shambaugh said the Treasury erred.', ['us-treasury']],
    ['Tesla Motors Club members met. The Tesla Owners Club agreed.', []],
    ['Apple shares rose. The Apple Valley school board voted.', ['apple']],
    ['Li Qiang, founder of China Labor Watch, said workers at the plant were overworked.', []],
    ['The Xinhua News Agency said Xi would attend.', ['xinhua', 'xi-jinping']],
    // X after a merger or an acquisition, with Musk's companies near; not a letter that was bought.
    ['Grok maker xAI merged with X in March.', ['xai', 'x-twitter']],
    ['The fund acquired X in a deal it did not name.', []],
    ['Xinhua reported the talks. Xinhua Road in Shanghai and a Xinhua Bookstore in Chengdu are not the agency.', ['xinhua']],
    // Places and firms named after someone: the surname runs on into a capitalised word.
    ['Tim Cook visited Shanghai. The Cook Islands signed a deal with China.', ['tim-cook']],
    ['Trump met Xi. Later, protesters gathered outside Trump Tower.', ['donald-trump', 'xi-jinping']],
    ['Jake Sullivan spoke to voters in Sullivan County.', ['jake-sullivan']],
    // A weekday or a title after the name is no such name: the surname still counts.
    ['Tim Cook visited Beijing. Cook Tuesday met Chinese officials.', ['tim-cook', 'tim-cook']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});
