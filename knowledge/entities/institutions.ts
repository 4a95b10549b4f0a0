/**
 * Government bodies, research institutions, international organisations and the
 * bilateral forums where officials meet.
 */
import type { EntityRecord } from '../types';

/** "Treasury yields", "Treasury bonds": the securities, not the department. */
const TREASURY_SECURITIES = { after: ['yields', 'yield', 'bonds', 'bond', 'bills', 'securities', 'notes', 'market', 'markets', 'futures', 'auction', 'auctions', 'curve'] } as const;

const CHINA_TALKS: readonly string[] = ['China', 'Chinese', 'Beijing', 'U.S.-China', 'US-China', 'bilateral', 'Treasury', 'Nanjing'];

export const institutions: EntityRecord[] = [
  {
    id: 'us-treasury',
    name: 'U.S. Department of the Treasury',
    type: 'agency',
    aliases: [
      // "U.S. Treasury Secretary Scott Bessent": the title of a person, whose own card is better.
      { text: 'U.S. Treasury', unless: { any: [TREASURY_SECURITIES, { after: ['Secretary'] }] } },
      { text: 'US Treasury', unless: { any: [TREASURY_SECURITIES, { after: ['Secretary'] }] } },
      'U.S. Treasury Department',
      'Treasury Department',
      'Department of the Treasury',
      'Department of Treasury',
      'Treasury Dept.',
      'U.S. Department of the Treasury',
      {
        text: 'Treasury',
        when: { near: ['officials', 'official', 'department', 'secretary', 'under secretary', 'Yellen', 'Bessent', 'Shambaugh', 'Sobel', 'sanction', 'sanctions', 'sanctioned', 'OFAC', 'currency manipulator', 'currency report'] },
        unless: {
          any: [
            { before: ['HM', 'Her Majesty’s', 'His Majesty’s', 'Australian', 'Australia’s', 'British', 'Britain’s', 'UK', 'Canada’s', 'New Zealand’s'] },
            TREASURY_SECURITIES,
            { after: ['Secretary'] },
          ],
        },
      },
    ],
    summary:
      'The U.S. finance ministry. Under Biden its officials ran the financial and economic working groups with China; Trump’s treasury secretary is Scott Bessent.',
    facts: [],
    related: ['financial-working-group', 'economic-working-group', 'jay-shambaugh', 'mark-sobel', 'scott-bessent'],
  },
  {
    id: 'indo-pacific-command',
    name: 'U.S. Indo-Pacific Command',
    type: 'agency',
    aliases: ['U.S. Indo-Pacific Command', 'US Indo-Pacific Command', 'Indo-Pacific Command', 'INDOPACOM', 'USINDOPACOM'],
    summary: 'The U.S. military command for the region; analysts expect it may keep its current deployment levels under Trump.',
    facts: [],
    related: ['south-china-sea', 'taiwan'],
  },
  {
    id: 'hoover-institution',
    name: 'Hoover Institution',
    type: 'organization',
    aliases: [
      'Hoover Institution',
      'Hoover Institution on War, Revolution and Peace',
      // A common slip for its name; the words around it say it is this one.
      { text: 'Hoover Institute', when: { any: [{ near: ['Stanford', 'fellow', 'scholar', 'China'] }, { seen: true }] } },
    ],
    summary: 'U.S. think tank where former White House official Matthew Turpin now works.',
    facts: [],
    related: ['matthew-turpin'],
  },
  {
    id: 'asia-society-policy-institute',
    name: 'Asia Society Policy Institute',
    type: 'organization',
    // "ASPI" is also the Australian Strategic Policy Institute, often quoted on China: only after the full name.
    aliases: ['Asia Society Policy Institute', 'Asia Society’s Policy Institute', { text: 'ASPI', when: { seen: true } }],
    summary: 'Policy institute where former U.S. trade negotiator Wendy Cutler now works.',
    facts: [],
    related: ['wendy-cutler'],
  },
  {
    id: 'imf',
    name: 'International Monetary Fund',
    type: 'organization',
    aliases: ['International Monetary Fund', 'IMF', 'I.M.F.', '国际货币基金组织'],
    summary: 'International financial institution; Zhu Min, a former senior Chinese official, was one of its deputy managing directors.',
    facts: [],
    related: ['zhu-min'],
  },
  {
    id: 'fudan-iis',
    name: 'Fudan University Institute of International Studies',
    type: 'organization',
    aliases: [
      'Fudan University’s Institute of International Studies',
      'Fudan University Institute of International Studies',
      'Institute of International Studies at Fudan University',
      'Institute of International Studies, Fudan University',
      'Fudan’s Institute of International Studies',
      'Fudan Institute of International Studies',
    ],
    summary: 'Chinese research institute whose scholar Zhao Minghao warns that U.S.–China dialogues could be halted under Trump.',
    facts: [],
    related: ['zhao-minghao'],
  },
  {
    id: 'economic-working-group',
    name: 'U.S.-China Economic Working Group',
    type: 'forum',
    aliases: ['U.S.-China Economic Working Group', 'US-China Economic Working Group', { text: 'economic working group', when: { near: CHINA_TALKS } }],
    summary:
      'A bilateral channel started in 2023 to ease tensions and prevent economic conflicts; it met regularly from September 2023, including at a Group of 20 gathering in South Africa.',
    facts: [
      { label: 'Started', value: '2023 (regular meetings since September 2023)' },
    ],
    related: ['financial-working-group', 'us-treasury', 'g20', 'jay-shambaugh'],
  },
  {
    id: 'financial-working-group',
    name: 'U.S.-China Financial Working Group',
    type: 'forum',
    aliases: ['U.S.-China Financial Working Group', 'US-China Financial Working Group', { text: 'financial working group', when: { near: CHINA_TALKS } }],
    summary:
      'A bilateral channel started in 2023; senior Treasury officials travelled to Nanjing for its concluding meeting under the Biden administration.',
    facts: [{ label: 'Last meeting under Biden', value: 'Nanjing, China' }],
    related: ['economic-working-group', 'us-treasury', 'jay-shambaugh'],
  },
  {
    id: 'g20',
    name: 'Group of 20 (G20)',
    type: 'forum',
    aliases: ['G20', 'G-20', 'Group of 20', 'Group of Twenty', '二十国集团'],
    summary: 'Forum of major economies; U.S. and Chinese Treasury officials met at one of its gatherings in South Africa for the economic working group.',
    facts: [],
    related: ['economic-working-group'],
  },
];
