/**
 * Trade status, tariffs and the deals they fed into. Descriptive phrases
 * ("tariffs on over $300 billion of Chinese goods") are aliases too: that is how news
 * text refers to a policy that has no short name.
 */
import type { EntityRecord } from '../types';
import { phrases } from './phrases';
import {
  CHINA,
  CLINICAL,
  DRUG_PRICING,
  DRUG_WORDS,
  NOT_US,
  ON_NEIGHBOURS,
  OTHER_301_TARGETS,
  OTHER_NTR,
  OTHERS_EV_TARIFFS,
  TRADE,
  WAR_TALKS,
} from './policy-words';

/** China's own tariffs in answer, by whose they are or what they fall on. */
const CHINA_RETALIATES = {
  any: [
    { before: ['China’s', 'Beijing’s', 'Chinese', 'retaliatory', 'its own', 'China’s retaliatory', 'Beijing’s retaliatory'] },
    { after: ['on American', 'on U.S.', 'on US', 'on the United States', 'on imports from the United States', 'on goods from the United States'] },
  ],
} as const;
/** Words that date a tariff on China to Trump's first term, whatever it is called. */
const FIRST_TERM_WORDS: readonly string[] = ['2018', '2019', 'first term', 'first-term', 'Section 301'];
/** Words that date "the tariffs on Chinese goods" to 2025: its rates, its year, its talks and negotiators. */
const TARIFFS_2025_WORDS: readonly string[] = [
  '145', '125', '104', '84', '2025', 'reciprocal', 'Liberation Day', '30%', '30 percent', '30 per cent', 'Stockholm', 'Bessent', 'Lutnick',
];

export const tradePolicies: EntityRecord[] = [
  {
    id: 'pntr',
    name: 'Permanent Normal Trade Relations (PNTR)',
    type: 'policy',
    // Congress has granted and revoked the same status for other countries (Russia, Vietnam).
    aliases: [
      'PNTR',
      'permanent normal trade relations',
      'permanent normal trading relations',
      'permanent normal trade relation',
      'normal trade relations',
      'normal trading relations',
      // The 2000 vote, as a verb.
      ...phrases('permanently {normalize|normalized|normalizing} trade relations'),
      ...phrases('{normalize|normalized|normalizing} trade relations with China permanently'),
    ].map((text) => ({ text, unless: { near: OTHER_NTR } })),
    summary:
      'The trade status the U.S. granted China more than 20 years ago. Trump has floated revoking it, which would significantly raise tariffs on Chinese goods.',
    facts: [{ label: 'Granted', value: 'More than 20 years ago' }],
    related: ['most-favored-nation', 'donald-trump', 'tariffs-2025'],
  },
  {
    id: 'most-favored-nation',
    name: 'Most-favored-nation (MFN) status',
    type: 'policy',
    // The same words name Trump's 2025 policy of pegging U.S. drug prices to other countries'.
    aliases: ['most-favored-nation', 'most favored nation', 'most-favoured-nation', 'most favoured nation', 'MFN', 'most-favored nation', 'most-favoured nation'].map(
      (text) => ({ text, unless: { any: [{ after: DRUG_PRICING }, { near: DRUG_WORDS }] } }),
    ),
    summary: 'A trade status that Trump pledged during his campaign to revoke for China, alongside a 60% tariff increase and tighter export controls.',
    facts: [],
    related: ['pntr', 'donald-trump', 'tariffs-2025'],
  },
  {
    id: 'phase-one-deal',
    name: 'U.S.-China Phase One trade deal (2020)',
    type: 'agreement',
    aliases: [
      // Ceasefires are agreed in phases too: "the phase one deal" of 2025 news is often Gaza's.
      ...phrases('phase{ |-}{one|1} {trade |}{deal|agreement}', { unless: { near: WAR_TALKS } }),
      // Drug trials have phases too, and Chinese drugmakers run them.
      ...phrases('Phase {One|1}', { when: { near: TRADE }, unless: { any: [{ after: CLINICAL }, { near: WAR_TALKS }] } }),
      ...phrases('{January |}2020 trade {agreement|deal}'),
      ...phrases('trade {agreement|deal} signed in {January |}2020'),
      { text: '2020 agreement', when: { near: TRADE } },
      { text: '2020 deal', when: { near: TRADE } },
      { text: 'Economic and Trade Agreement', when: { near: CHINA } },
    ],
    summary:
      'The trade agreement Trump signed with China in 2020 and championed as part of his “America First” agenda. China fell short of buying an additional $200 billion of American goods and services under it, leaving a legacy of mistrust.',
    facts: [
      { label: 'Signed', value: '2020' },
      { label: 'Purchase commitment', value: 'An additional $200 billion of American goods and services' },
    ],
    related: ['donald-trump', 'scott-bessent', 'america-first', 'section-301-tariffs'],
  },
  {
    id: 'section-301-tariffs',
    name: 'U.S. tariffs on Chinese goods (Section 301, 2018-19)',
    type: 'policy',
    aliases: [
      'Section 301 tariffs',
      'Section 301 tariff',
      'Section 301 duties',
      'Section 301 levies',
      'trade war tariffs',
      'trade-war tariffs',
      // Section 301 investigations also target other countries (Brazil, Vietnam, digital taxes).
      { text: 'Section 301', when: { near: [...TRADE, 'USTR', 'duties', 'Trade Act'] }, unless: { near: OTHER_301_TARGETS } },
      // "the 301 tariffs": the section's number alone, as trade reporters write it.
      ...phrases('301 {tariff|duties|levies}', { when: { near: [...CHINA, 'USTR'] }, unless: { near: OTHER_301_TARGETS } }),
      'tariffs on over $300 billion',
      'tariffs on more than $300 billion',
      'tariffs on $300 billion',
      'first-term tariffs',
      'first term tariffs',
      'tariffs imposed during the Trump administration',
      ...phrases('tariffs {Trump |he |}imposed {during|in} his first term'),
      'tariffs imposed during Trump’s first term',
      'Trump-era tariffs',
      // By their year, in a text about China; that year's tariffs on steel were another law's.
      ...phrases('{2018|2018-19|2018-2019} tariffs', { when: { near: CHINA }, unless: { after: ['on steel', 'on aluminum', 'on aluminium', 'on washing machines', 'on solar'] } }),
    ],
    summary:
      'The tariffs Trump imposed in his first term on over $300 billion of Chinese goods. The Biden administration kept them, and China seeks relief from them in any new deal.',
    facts: [{ label: 'Scope', value: 'Over $300 billion of Chinese goods' }],
    related: ['donald-trump', 'phase-one-deal', 'ev-tariffs-2024', 'tariffs-2025'],
  },
  {
    id: 'tariffs-2025',
    name: 'Trump’s 2025 tariffs on Chinese imports',
    type: 'policy',
    aliases: [
      // February's 10% on everything from China; the 10% of 2019 fell on a list of goods and is worded so.
      ...phrases('10{%| percent} {tariff|tariffs} on {all |}Chinese {goods|imports|products}', { unless: { near: FIRST_TERM_WORDS } }),
      '10 per cent tariff on all Chinese',
      '60% increase in tariffs',
      '60 percent increase in tariffs',
      '60% tariff',
      '60 percent tariff',
      '60 per cent tariff',
      '2025 tariff',
      // "The tariff on Chinese goods" is this one when the text gives its rate or its year.
      // Or names this term's negotiators or talks (not Geneva: the WTO sits there), or the 30% the May truce left.
      ...phrases('{tariff|tariffs|levies|duties} on {Chinese goods|Chinese imports}', { when: { near: TARIFFS_2025_WORDS } }),
      // What news reports called the February tariffs, after the reason the White House gave.
      { text: 'fentanyl tariff', unless: ON_NEIGHBOURS },
      { text: 'fentanyl-related tariff', unless: ON_NEIGHBOURS },
      // The April tariffs, named for the day Trump announced them; in a text about China, those on China.
      // With the quotes news puts round the name: "Liberation Day" tariffs.
      ...phrases('{reciprocal|Liberation Day|Liberation Day"} tariff', { when: { near: CHINA } }),
      // Beijing answered with rates of its own ("125% tariffs on American goods"): those are China's.
      ...phrases('{145|125|104|84|54|34}{%| percent} tariff', { when: { near: CHINA }, unless: CHINA_RETALIATES }),
      // Only this term's tariffs between the two reached three digits, until the May truce cut them.
      ...phrases('{triple-digit|three-digit} {tariff|tariffs|duties|levies}', { when: { near: CHINA } }),
      // Trump's tariffs on China: this term's, unless the text is about his first.
      ...phrases('{Trump’s|Trump|Trump administration’s} {tariffs|levies|duties} on {China|Chinese goods|Chinese imports}', { unless: { near: FIRST_TERM_WORDS } }),
    ],
    summary:
      'Trump pledged during his campaign a 60% increase in tariffs on Chinese goods. Back in office, on February 1 he imposed 10% tariffs on all Chinese imports, an “opening salvo” that China met with swift retaliation.',
    facts: [
      { label: 'February 1', value: '10% tariffs on all Chinese imports' },
      { label: 'Campaign pledge', value: '60% increase in tariffs on Chinese goods' },
    ],
    related: ['donald-trump', 'section-301-tariffs', 'pntr'],
  },
  {
    id: 'ev-tariffs-2024',
    name: 'Biden’s 2024 tariffs on EVs, solar cells, semiconductors and batteries',
    type: 'policy',
    aliases: [
      'tariffs on products such as electric vehicles',
      // Europe and Canada taxed Chinese EVs too: "the EU's tariffs on Chinese EVs" is not Biden's.
      ...phrases('{tariff|tariffs|duty|duties|levies} on Chinese{-made|} {electric vehicles|EVs|E.V.s|electric cars}', { unless: OTHERS_EV_TARIFFS }),
      // "Biden's 2024 tariffs": the year names them, and Biden stays a mention of his own.
      ...phrases('2024 {tariff|tariffs}', { when: { near: ['Biden'] }, unless: { before: NOT_US } }),
      'tariffs on electric vehicles, solar cells',
      // Canada's 100% tariff on Chinese EVs followed Biden's.
      ...phrases('100{%| percent} {tariff|tariffs} on Chinese {EVs|electric vehicles}', { unless: OTHERS_EV_TARIFFS }),
      { text: 'EV tariffs', when: { near: ['China', 'Chinese', 'Biden', 'Beijing'] } },
      { text: 'electric vehicle tariffs', when: { near: ['China', 'Chinese', 'Biden', 'Beijing'] } },
    ],
    summary:
      'New tariffs the Biden administration added, on top of the Trump-era ones it kept, on Chinese electric vehicles, solar cells, semiconductors and advanced batteries.',
    facts: [{ label: 'Products', value: 'Electric vehicles, solar cells, semiconductors, advanced batteries' }],
    related: ['joe-biden', 'section-301-tariffs'],
  },
];
