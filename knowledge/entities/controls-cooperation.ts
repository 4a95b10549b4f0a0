/**
 * Export controls on both sides, the currency label, counternarcotics cooperation and the
 * doctrine behind the tariffs. Like the trade policies, most are found by their wordings.
 */
import type { EntityRecord } from '../types';
import { phrases } from './phrases';
import { CHINA, CHINA_LEADS, CHIP_WORDS, CONTROLS_LED_BY_OTHERS, MINERAL_WORDS, NOT_US_BEFORE_HEAD, OTHERS_CHIP_CONTROLS, OTHERS_CONTROLS, OTHER_EXPORTERS, OTHER_EXPORTING_COUNTRIES, WITH_NEIGHBOURS } from './policy-words';

export const controlsAndCooperation: EntityRecord[] = [
  {
    id: 'chip-export-controls',
    name: 'U.S. export controls on advanced chips to China',
    type: 'policy',
    aliases: [
      'restrictions on advanced technology exports',
      'restrictions on advanced chip access',
      ...phrases('restrictions on access to advanced {technology|technologies|chips}'),
      ...phrases('export {controls|curbs|restrictions} on {advanced |AI |}{chips|semiconductors}', { unless: OTHERS_CHIP_CONTROLS }),
      ...phrases('{chip|semiconductor|AI chip} export {controls|curbs|restrictions|rules}', { unless: { any: [{ before: OTHERS_CONTROLS }, CONTROLS_LED_BY_OTHERS] } }),
      ...phrases('{curbs|restrictions} on {exports|sales} of {advanced |AI |advanced AI |}{chips|semiconductors}', { unless: CONTROLS_LED_BY_OTHERS }),
      // As a verb ("rules restricting sales of AI chips to China"), unless China or another country does it.
      ...phrases('{restricting|restricted} {exports|sales} of {advanced |AI |advanced AI |}{chips|semiconductors}', {
        unless: { any: [CONTROLS_LED_BY_OTHERS, CHINA_LEADS] },
      }),
      ...phrases('{curbs|restrictions} on {advanced|AI} {chips|semiconductors}', { unless: OTHERS_CHIP_CONTROLS }),
      // Any other wording ("export controls on Nvidia's H20") by its head, in a text about chips.
      // Japan's and the Netherlands' controls are named in the same breath: a sentence they lead is theirs.
      // Where the words around it speak of minerals too, which policy is meant is unclear: neither is marked.
      ...phrases('export {control|curb|restriction|rule}', {
        when: { near: CHIP_WORDS },
        unless: { any: [{ before: NOT_US_BEFORE_HEAD }, { near: MINERAL_WORDS }, CONTROLS_LED_BY_OTHERS] },
      }),
      { text: 'chip curbs', unless: CONTROLS_LED_BY_OTHERS },
      ...phrases('{chip|semiconductor} controls', { when: { near: CHINA }, unless: OTHERS_CHIP_CONTROLS }),
      { text: 'AI chip curbs', unless: CONTROLS_LED_BY_OTHERS },
      'export controls on technologies beneficial to China',
      // The first sweeping rules are named by their date ("the October 2022 rules").
      ...phrases('{October|Oct.} {7, |7 |}2022 {rules|controls|export controls}', { when: { near: CHIP_WORDS } }),
    ],
    summary:
      'U.S. restrictions on advanced technology exports to China, meant to slow its development of military-grade chips and artificial intelligence. China answered with export bans of its own on rare minerals.',
    facts: [],
    related: ['critical-minerals-ban', 'joe-biden', 'donald-trump'],
  },
  {
    id: 'critical-minerals-ban',
    name: 'China’s export restrictions on critical minerals',
    type: 'policy',
    aliases: [
      ...phrases('export {controls|curbs|restrictions|ban} on {rare earths|rare earth elements|critical minerals|gallium|germanium|antimony|graphite}'),
      ...phrases('{rare earth|rare-earth|rare earths|critical mineral|critical minerals|gallium|germanium|antimony} export {controls|curbs|restrictions|ban}'),
      ...phrases('{curbs|restrictions|ban} on exports of {rare earths|critical minerals|gallium|germanium|antimony|graphite}'),
      ...phrases('{curbs|restrictions|ban} on {rare earth|critical mineral} exports'),
      ...phrases('{curbs|restrictions|controls} on {rare earths|rare-earth magnets|rare earth magnets|critical minerals}'),
      ...phrases('{rare earth|rare-earth} {curbs|restrictions}'),
      // "Beijing Halts Rare Earth Exports": found from the exports, with the verb before them, so
      // that no everyday verb ("halts", "bans") becomes a place the matcher must try.
      ...phrases('{rare earth|rare-earth} exports', {
        when: {
          all: [
            { before: ['halts', 'halted', 'halting', 'bans', 'banned', 'banning', 'restricts', 'restricted', 'restricting', 'curbs', 'curbed', 'curbing', 'suspends', 'suspended', 'suspending'] },
            { near: ['China', 'Beijing'] },
          ],
        },
        // "Myanmar halted rare earth exports to Chinese smelters": another exporter leads the sentence.
        unless: { earlier: OTHER_EXPORTING_COUNTRIES, over: ['China', 'Beijing'] },
      }),
      // Any other wording ("export controls on seven rare earth elements") by its head, in a text about minerals.
      // Other countries ban mineral exports too (Indonesia's nickel ore): China must be named near.
      ...phrases('export {control|curb|restriction|rule|ban|license|licence|licensing}', {
        when: { all: [{ near: MINERAL_WORDS }, { near: CHINA }] },
        unless: { any: [{ near: CHIP_WORDS }, { before: OTHER_EXPORTERS }] },
      }),
      'banning the export of various rare minerals',
      // The same as a verb ("Beijing restricted exports of gallium"), when the state is named: not
      // "Chinese" alone, as in "the strike halted exports of gallium, a Chinese trade group said".
      ...phrases('{restricted|restricting|curbed|banned|halted} exports of {rare earths|rare earth elements|rare earth magnets|rare-earth magnets|critical minerals|gallium|germanium|antimony|graphite}', {
        when: { near: ['China', 'Beijing'] },
        unless: { before: OTHER_EXPORTING_COUNTRIES },
      }),
    ],
    summary:
      'China’s restrictions on exports of critical and rare minerals essential for advanced products, imposed in response to U.S. technology export controls.',
    facts: [],
    related: ['chip-export-controls'],
  },
  {
    id: 'currency-manipulator',
    name: 'Currency manipulator designation (2019)',
    type: 'policy',
    aliases: [{ text: 'currency manipulator', when: { any: [{ near: CHINA }, { seen: true }] } }, { text: 'currency manipulation designation', when: { near: CHINA } }],
    summary: 'In his first term Trump labeled China a currency manipulator, one of the measures that marked his tougher economic stance.',
    facts: [],
    related: ['donald-trump', 'us-treasury'],
  },
  {
    id: 'america-first',
    name: 'America First',
    type: 'policy',
    aliases: [{ text: 'America First', unless: { after: ['Policy Institute', 'Legal', 'Committee', 'Credit Union', 'Party'] } }],
    summary: 'Trump’s agenda, of which he often called the 2020 trade agreement with China a hallmark.',
    facts: [],
    related: ['donald-trump', 'phase-one-deal'],
  },
  {
    id: 'fentanyl-cooperation',
    name: 'U.S.-China counternarcotics (fentanyl) cooperation',
    type: 'policy',
    aliases: [
      // Washington works with Mexico and Canada on fentanyl too.
      ...phrases('{fentanyl|counternarcotics|counter-narcotics} cooperation', { unless: WITH_NEIGHBOURS }),
      ...phrases('{cooperation|cooperate|work together} on {fentanyl|counternarcotics}', { unless: WITH_NEIGHBOURS }),
      ...phrases('{cooperation|cooperate|work together} on {curbing|stemming|combating|fighting|tackling} fentanyl', { unless: WITH_NEIGHBOURS }),
      { text: 'fentanyl precursor', when: { near: CHINA } },
      'counternarcotics working group',
      { text: 'fentanyl issue', when: { near: ['China', 'Chinese', 'Beijing', 'Xi', 'cooperation'] } },
    ],
    summary:
      'Joint U.S.–China efforts to halt trafficking in chemicals used to make drugs, relaunched after Xi and Biden agreed on November 23; China has since tightened controls on key chemicals.',
    facts: [{ label: 'November 23', value: 'Xi and Biden agree to relaunch joint efforts' }],
    related: ['xi-jinping', 'joe-biden', 'woodside-summit'],
  },
];
