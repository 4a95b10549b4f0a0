/**
 * Chinese leaders, officials and scholars. Surnames come first, so a bare "Li" or
 * "Han" counts only after the full name, and never when another given name follows.
 */
import type { EntityRecord } from '../types';

export const chinesePeople: EntityRecord[] = [
  {
    id: 'xi-jinping',
    name: 'Xi Jinping',
    type: 'person',
    aliases: ['Xi Jinping', 'President Xi', 'Chairman Xi', 'Mr. Xi', 'Mr Xi', '习近平'],
    surname: {
      text: 'Xi',
      given: ['Jinping'],
      order: 'eastern',
      alone: 'always',
      // "Xi" alone is also a Greek letter and a surname; in a text about China it is him.
      when: {
        any: [
          { seen: true },
          { near: ['China', 'Chinese', 'Beijing', 'Communist', 'Trump', 'Biden', 'Taiwan', 'summit', 'leader', 'president', 'Washington', 'Xinhua', 'People’s Daily', 'Politburo', 'Putin', 'Kremlin'] },
        ],
      },
    },
    summary:
      'China’s president. He met Biden in November 2023, where the two agreed to relaunch joint efforts against fentanyl and restore military communication; Trump prefers to deal with him one-on-one and has said the two could “solve many problems together.”',
    facts: [
      { label: 'November 2023', value: 'Meetings with Biden; fentanyl cooperation relaunched' },
    ],
    related: ['joe-biden', 'donald-trump', 'woodside-summit', 'zhang-youxia', 'fentanyl-cooperation'],
  },
  {
    id: 'li-qiang',
    name: 'Li Qiang',
    type: 'person',
    // A labour activist of the same name founded China Labor Watch, often quoted on Apple's suppliers.
    aliases: [{ text: 'Li Qiang', unless: { near: ['China Labor Watch', 'Labor Watch'] } }, 'Premier Li', '李强'],
    surname: { text: 'Li', given: ['Qiang'], order: 'eastern', alone: 'after-full-name' },
    summary: 'China’s premier, who met Musk in Beijing in April 2024 and praised Tesla as a successful partnership.',
    facts: [{ label: 'April 2024', value: 'Met Elon Musk in Beijing' }],
    related: ['elon-musk', 'tesla'],
  },
  {
    id: 'han-zheng',
    name: 'Han Zheng',
    type: 'person',
    aliases: ['Han Zheng', 'Vice President Han', '韩正'],
    surname: {
      text: 'Han',
      given: ['Zheng'],
      order: 'eastern',
      alone: 'after-full-name',
      // "the Han", "Han Chinese", "Han dynasty" are a people and an era, not the man.
      unless: { any: [{ before: ['the'] }, { after: ['Chinese', 'dynasty', 'people', 'ethnic', 'majority', 'River', 'Solo'] }] },
    },
    summary:
      'China’s vice president. His January meeting with Musk was read as an effort to gauge Musk’s potential as a bridge between Beijing and Trump.',
    facts: [{ label: 'January', value: 'Met Elon Musk' }],
    related: ['elon-musk', 'donald-trump'],
  },
  {
    id: 'zhang-youxia',
    name: 'Zhang Youxia',
    type: 'person',
    aliases: ['Zhang Youxia', '张又侠'],
    surname: { text: 'Zhang', given: ['Youxia'], order: 'eastern', alone: 'after-full-name' },
    summary: 'Xi Jinping’s senior military adviser, who held a rare meeting with Biden’s national security adviser Jake Sullivan.',
    facts: [],
    related: ['xi-jinping', 'jake-sullivan'],
  },
  {
    id: 'zhao-minghao',
    name: 'Zhao Minghao',
    type: 'person',
    // The corpus spells him "Zhao Mingzhao"; readers will meet both.
    aliases: ['Zhao Minghao', 'Zhao Mingzhao', '赵明昊'],
    surname: { text: 'Zhao', given: ['Minghao', 'Mingzhao'], order: 'eastern', alone: 'after-full-name' },
    summary:
      'Scholar at Fudan University’s Institute of International Studies, who notes Beijing’s “legitimate concerns” that U.S.–China dialogues could be halted under Trump.',
    facts: [],
    related: ['fudan-iis'],
  },
  {
    id: 'zhu-min',
    name: 'Zhu Min',
    type: 'person',
    aliases: ['Zhu Min', '朱民'],
    surname: { text: 'Zhu', given: ['Min'], order: 'eastern', alone: 'after-full-name' },
    summary:
      'Former senior Chinese official and deputy managing director of the International Monetary Fund. He and co-authors argue Trump’s political needs could drive him to a deal, but warn his personality could complicate talks.',
    facts: [],
    related: ['imf', 'donald-trump'],
  },
];
