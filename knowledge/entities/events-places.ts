/** Summits, visits, climate agreements and the places the corpus returns to. */
import type { Condition, EntityRecord } from '../types';
import { phrases } from './phrases';

const CLIMATE: readonly string[] = ['climate', 'emissions', 'carbon', 'warming', 'COP', 'withdrawal', 'withdraw', 'withdrew', 'pulled out', 'rejoin', 'rejoined', 'signatories', 'Kyoto', '2015', '2016'];
/** Other Paris agreements histories name the same way: the 1973 peace accords on Vietnam, the 1991 ones on Cambodia. */
const OTHER_PARIS: Condition = {
  any: [
    { after: ['on Vietnam', 'on Ending the War', 'on Cambodia'] },
    // Years and names of those talks only: a climate story may list Vietnam or Cambodia among signatories.
    { near: ['1973', '1991', 'Vietnam War', 'war in Vietnam', 'Le Duc Tho', 'Paris Peace', 'peace accords', 'Khmer Rouge', 'Sihanouk'] },
  ],
};
const SUMMIT_PARTIES: readonly string[] = ['Xi', 'Biden', 'China', 'Chinese'];

export const eventsAndPlaces: EntityRecord[] = [
  {
    id: 'woodside-summit',
    name: 'Biden-Xi summit, November 2023',
    type: 'event',
    aliases: [
      ...phrases('{Woodside|Filoli|Biden-Xi|Xi-Biden} {summit|meeting}'),
      { text: 'Filoli estate', when: { near: SUMMIT_PARTIES } },
      'President Xi and Biden in November 2023',
      'Xi and Biden in November 2023',
      'Biden and Xi in November 2023',
      'November 2023 summit',
      'APEC summit in San Francisco',
      ...phrases('{San Francisco summit|summit in San Francisco}', { when: { near: SUMMIT_PARTIES } }),
      // "Their meeting in San Francisco", "Biden and Xi at Woodside": the place names it. Not the
      // words before it, which are everywhere ("talks in…" would make every "talks" a place the
      // matcher must try). Xi met other leaders there too (Kishida): both must be named.
      ...phrases('{San Francisco|Woodside}', {
        when: { all: [{ before: ['meeting in', 'talks in', 'met in', 'meetings in', 'at'] }, { near: ['Xi'] }, { near: ['Biden'] }] },
      }),
    ],
    summary:
      'The November 2023 meetings between Biden and Xi Jinping. Their agreements improved communication between the two militaries and relaunched cooperation on fentanyl.',
    facts: [{ label: 'When', value: 'November 2023' }],
    related: ['joe-biden', 'xi-jinping', 'fentanyl-cooperation', 'jake-sullivan'],
  },
  {
    id: 'paris-agreement',
    name: 'Paris Agreement',
    type: 'agreement',
    aliases: [
      { text: 'Paris Agreement', unless: OTHER_PARIS },
      ...phrases('Paris climate {agreement|accord|deal|pact}'),
      // Lower case, "the Paris agreement" (or "deal") is how many papers write it; a rule keeps other Paris deals out.
      ...phrases('Paris {accord|agreement|deal|pact}', { when: { near: CLIMATE }, unless: OTHER_PARIS }),
    ],
    summary:
      'The global climate agreement that U.S.–China climate diplomacy helped bring about. Trump’s expected withdrawal could end bilateral climate cooperation.',
    facts: [],
    related: ['cop28', 'donald-trump'],
  },
  {
    id: 'cop28',
    name: 'COP28 (Dubai, 2023)',
    type: 'event',
    aliases: ['COP28', 'COP 28', 'COP-28', 'Dubai climate summit', 'Dubai climate talks'],
    summary: 'The Dubai climate conference where U.S.–China climate diplomacy contributed to a global consensus.',
    facts: [{ label: 'Where', value: 'Dubai' }],
    related: ['paris-agreement'],
  },
  {
    id: 'kissinger-1971-visit',
    name: 'Kissinger’s 1971 visit to Beijing',
    type: 'event',
    aliases: [
      // Kept to the commonest wordings: each one costs every page a little to load.
      ...phrases('{secret |}{visit|trip} to {Beijing|China} in {July |}1971'),
      ...phrases('1971 {secret |}{visit|trip} to {Beijing|China}'),
      ...phrases('{visited|traveled to} {Beijing|China} in {July |}1971'),
      ...phrases('Kissinger’s {1971|secret} {visit|trip}'),
      ...phrases('Kissinger {visit|trip}', { when: { near: ['1971', 'Nixon', 'Zhou Enlai'] } }),
      // A secret trip to Beijing without its year is his only in his or Nixon's company.
      ...phrases('secret {visit|trip} to {Beijing|China}', { when: { near: ['Kissinger', 'Nixon', 'Zhou Enlai', '1971'] } }),
    ],
    summary: 'Henry Kissinger’s landmark visit to Beijing in 1971, which helped normalise U.S.–China relations.',
    facts: [{ label: 'When', value: '1971' }],
    related: ['henry-kissinger'],
  },
  {
    id: 'taiwan',
    name: 'Taiwan',
    type: 'place',
    // "Taiwan Semiconductor" is a company, not the island.
    // French and Spanish papers write it with an accent, which the matcher does not fold away.
    aliases: [{ text: 'Taiwan', unless: { after: ['Semiconductor'] } }, 'Taïwan', 'Taiwán', '台湾', '臺灣'],
    summary:
      'Island that Beijing claims as its territory, a regional flashpoint; the U.S. counts on it among the partners meant to curb Chinese expansion and limit cooperation with Beijing on chips.',
    facts: [],
    related: ['south-china-sea', 'indo-pacific-command'],
  },
  {
    id: 'south-china-sea',
    name: 'South China Sea',
    type: 'place',
    aliases: ['South China Sea', 'S. China Sea', '南中国海'],
    summary: 'Regional flashpoint where improved military communication since November 2023 has helped reduce tensions.',
    facts: [],
    related: ['taiwan', 'indo-pacific-command', 'woodside-summit'],
  },
];
