/**
 * U.S. officials, politicians, business leaders and analysts.
 * Summaries use only what the bundled corpus states.
 */
import type { EntityRecord } from '../types';

export const usPeople: EntityRecord[] = [
  {
    id: 'donald-trump',
    name: 'Donald Trump',
    type: 'person',
    aliases: ['Donald Trump', 'Donald J. Trump', 'President Trump', 'President-elect Trump', 'Mr. Trump', 'Mr Trump', '特朗普'],
    // A "Trump card" at the start of a sentence is the card game's word.
    surname: { text: 'Trump', given: ['Donald'], order: 'western', alone: 'always', unless: { after: ['card', 'cards'] } },
    summary:
      'Republican president who returned to the White House for a second term. In his first term he imposed tariffs on over $300 billion of Chinese goods, labeled China a currency manipulator and signed a 2020 trade agreement; in his second he imposed 10% tariffs on all Chinese imports on February 1 and floated revoking China’s permanent normal trade relations.',
    facts: [
      { label: 'First term', value: 'Tariffs on over $300 billion of Chinese goods; China labeled a currency manipulator' },
      { label: 'Campaign pledge', value: 'A 60% increase in tariffs on Chinese goods' },
      { label: 'February 1 (second term)', value: '10% tariffs on all Chinese imports, his “opening salvo”' },
    ],
    related: ['xi-jinping', 'elon-musk', 'phase-one-deal', 'tariffs-2025', 'section-301-tariffs', 'pntr', 'america-first', 'truth-social'],
  },
  {
    id: 'joe-biden',
    name: 'Joe Biden',
    type: 'person',
    aliases: ['Joe Biden', 'Joseph Biden', 'Joseph R. Biden', 'Joseph R. Biden Jr.', 'President Biden', 'Mr. Biden', 'Mr Biden', '拜登'],
    surname: { text: 'Biden', given: ['Joe', 'Joseph'], order: 'western', alone: 'always' },
    summary:
      'U.S. president before Trump’s return. His administration kept Trump-era tariffs on Chinese imports, added tariffs on electric vehicles, solar cells, semiconductors and batteries, and built working channels with Beijing after meeting Xi Jinping in November 2023.',
    facts: [
      { label: 'November 2023', value: 'Meetings with President Xi that restored military communication' },
      { label: 'Since 2023', value: 'Economic and financial working groups with China' },
    ],
    related: ['xi-jinping', 'woodside-summit', 'ev-tariffs-2024', 'economic-working-group', 'jake-sullivan'],
  },
  {
    id: 'elon-musk',
    name: 'Elon Musk',
    type: 'person',
    aliases: ['Elon Musk', 'Mr. Musk', 'Mr Musk', '马斯克'],
    // Capitalised at the start of a sentence, the animals and plants named for their musk.
    surname: { text: 'Musk', given: ['Elon'], order: 'western', alone: 'always', unless: { after: ['ox', 'oxen', 'deer', 'rat', 'rats', 'thistle', 'melon', 'melons'] } },
    summary:
      'Billionaire head of Tesla, SpaceX, Neuralink and xAI, with deep business ties to China through Tesla’s Shanghai Gigafactory. Some see him as a possible go-between for Trump and Beijing; another account reports his public break with Trump.',
    facts: [
      { label: 'April 2024', value: 'Visited Beijing and met Premier Li Qiang' },
      { label: 'January', value: 'Met Chinese Vice President Han Zheng' },
      { label: '2019', value: 'Tesla’s Shanghai Gigafactory opened' },
    ],
    related: ['tesla', 'tesla-shanghai', 'donald-trump', 'li-qiang', 'han-zheng', 'spacex', 'x-twitter', 'henry-kissinger'],
  },
  {
    id: 'henry-kissinger',
    name: 'Henry Kissinger',
    type: 'person',
    aliases: ['Henry Kissinger', 'Henry A. Kissinger', 'Dr. Kissinger', 'Dr Kissinger', '基辛格'],
    surname: { text: 'Kissinger', given: ['Henry'], order: 'western', alone: 'always' },
    summary:
      'American statesman whose landmark 1971 visit to Beijing helped normalise relations; China respected him as an informal diplomat between Washington and Beijing. Musk is sometimes cast as his possible successor.',
    facts: [{ label: '1971', value: 'Landmark visit to Beijing' }],
    related: ['kissinger-1971-visit', 'elon-musk'],
  },
  {
    id: 'tim-cook',
    name: 'Tim Cook',
    type: 'person',
    aliases: ['Tim Cook', 'Timothy Cook', 'Timothy D. Cook'],
    // "Cook" alone is a common name; next to Apple's own words it is Apple's chief.
    // A recipe's "Cook the apple slices" is the verb, whatever the words around it.
    surname: {
      text: 'Cook',
      given: ['Tim', 'Timothy'],
      order: 'western',
      alone: 'always',
      when: { any: [{ seen: true }, { near: ['Apple', 'Apple’s', 'iPhone', 'iPhones', 'Cupertino'] }] },
      unless: { after: ['the', 'a', 'an', 'until', 'for', 'over', 'on', 'it', 'them', 'gently', 'slowly', 'covered', 'uncovered'] },
    },
    summary: 'Head of Apple, named among the business leaders who, with Musk, might help stabilise relations between Washington and Beijing.',
    facts: [],
    related: ['apple', 'elon-musk', 'stephen-schwarzman'],
  },
  {
    id: 'stephen-schwarzman',
    name: 'Stephen Schwarzman',
    type: 'person',
    aliases: ['Stephen Schwarzman', 'Stephen A. Schwarzman', 'Steve Schwarzman', '苏世民'],
    surname: { text: 'Schwarzman', given: ['Stephen', 'Steve'], order: 'western', alone: 'always' },
    summary: 'Head of Blackstone, named among the business leaders who, with Musk, might help stabilise U.S.–China relations.',
    facts: [],
    related: ['blackstone', 'elon-musk', 'tim-cook'],
  },
  {
    id: 'jake-sullivan',
    name: 'Jake Sullivan',
    type: 'person',
    aliases: ['Jake Sullivan', 'Jacob Sullivan'],
    surname: { text: 'Sullivan', given: ['Jake', 'Jacob'], order: 'western', alone: 'after-full-name' },
    summary: 'Biden’s national security adviser, who held a rare meeting with Xi’s senior military adviser Zhang Youxia.',
    facts: [],
    related: ['joe-biden', 'zhang-youxia', 'woodside-summit'],
  },
  {
    id: 'jay-shambaugh',
    name: 'Jay Shambaugh',
    type: 'person',
    aliases: ['Jay Shambaugh'],
    // David Shambaugh, a China scholar, is quoted on the same stories: alone, the name is
    // Jay's only after his full name or beside the Treasury, his department.
    surname: {
      text: 'Shambaugh',
      given: ['Jay'],
      order: 'western',
      alone: 'always',
      when: { any: [{ seen: true }, { near: ['Treasury', 'under secretary', 'Yellen'] }] },
    },
    summary:
      'The Treasury Department’s under secretary for international affairs under Biden, who stressed direct communication between the world’s two largest economies.',
    facts: [],
    related: ['us-treasury', 'financial-working-group', 'economic-working-group'],
  },
  {
    id: 'mark-sobel',
    name: 'Mark Sobel',
    type: 'person',
    aliases: ['Mark Sobel'],
    surname: { text: 'Sobel', given: ['Mark'], order: 'western', alone: 'after-full-name' },
    summary: 'A former Treasury official who argues that the two governments must keep talking even when relations are strained.',
    facts: [],
    related: ['us-treasury', 'economic-working-group'],
  },
  {
    id: 'michael-pillsbury',
    name: 'Michael Pillsbury',
    type: 'person',
    aliases: ['Michael Pillsbury', '白邦瑞'],
    surname: {
      text: 'Pillsbury',
      given: ['Michael'],
      order: 'western',
      alone: 'after-full-name',
      unless: { after: ['Winthrop', 'Doughboy', 'Company', 'flour'] },
    },
    summary:
      'China expert who advised Trump in his first term. He doubts meetings of mid-level officials achieve much and expects Trump to prefer direct talks with Xi Jinping and a deal that benefits both sides.',
    facts: [],
    related: ['donald-trump', 'xi-jinping'],
  },
  {
    id: 'matthew-turpin',
    name: 'Matthew Turpin',
    type: 'person',
    aliases: ['Matthew Turpin', 'Matt Turpin'],
    surname: { text: 'Turpin', given: ['Matthew', 'Matt'], order: 'western', alone: 'after-full-name' },
    summary:
      'Former White House official, now at the Hoover Institution, who sees Trump inclined to seek a new deal with China but unlikely to accept one he views as unfavourable.',
    facts: [],
    related: ['hoover-institution', 'donald-trump'],
  },
  {
    id: 'howard-lutnick',
    name: 'Howard Lutnick',
    type: 'person',
    aliases: ['Howard Lutnick', 'Commerce Secretary Lutnick', '卢特尼克'],
    surname: { text: 'Lutnick', given: ['Howard'], order: 'western', alone: 'always' },
    summary: 'Trump’s commerce secretary, reported to have urged an aggressive negotiating strategy toward China.',
    facts: [],
    related: ['scott-bessent', 'donald-trump'],
  },
  {
    id: 'scott-bessent',
    name: 'Scott Bessent',
    type: 'person',
    aliases: ['Scott Bessent', 'Treasury Secretary Bessent', '贝森特'],
    surname: { text: 'Bessent', given: ['Scott'], order: 'western', alone: 'always' },
    summary:
      'Trump’s treasury secretary. He has urged an aggressive negotiating strategy and suggested Beijing make “catch-up” purchases to meet its commitments under the 2020 agreement.',
    facts: [],
    related: ['us-treasury', 'howard-lutnick', 'phase-one-deal', 'donald-trump'],
  },
  {
    id: 'wendy-cutler',
    name: 'Wendy Cutler',
    type: 'person',
    aliases: ['Wendy Cutler'],
    surname: { text: 'Cutler', given: ['Wendy'], order: 'western', alone: 'after-full-name' },
    summary:
      'Former U.S. trade negotiator, now at the Asia Society Policy Institute, who warns that China’s overcapacity and state subsidies will make any negotiation very difficult.',
    facts: [],
    related: ['asia-society-policy-institute'],
  },
  {
    id: 'mark-carney',
    name: 'Mark Carney',
    type: 'person',
    aliases: ['Mark Carney', 'Prime Minister Carney'],
    // Jay Carney, once the White House spokesman, shares the surname; beside Canada, or the
    // central banks he ran, it is the prime minister.
    surname: {
      text: 'Carney',
      given: ['Mark'],
      order: 'western',
      alone: 'always',
      when: { any: [{ seen: true }, { near: ['Canada', 'Canadian', 'Canada’s', 'Ottawa', 'prime minister', 'Bank of England', 'Bank of Canada'] }] },
    },
    summary:
      'Named as having issued a 30-day tariff deadline to protect key Canadian industries, as Canada navigates rising U.S.–China tensions.',
    facts: [{ label: 'Deadline', value: '30-day tariff deadline' }],
    related: [],
  },
];
