/** The matcher on tables of tricky cases: every rule, and the look-alikes it must refuse. */
import { describe, expect, it } from 'vitest';
import { entities } from '../../knowledge/entities';
import { createMatcher, createSession } from '../../knowledge/matcher';

const matcher = createMatcher(entities);
const ids = (text: string) => matcher.find(text).map((m) => m.id);
const pairs = (text: string) => matcher.find(text).map((m) => [m.id, m.text]);

describe('finding names', () => {
  it.each([
    ['Lawmakers may revoke PNTR for China.', [['pntr', 'PNTR']]],
    ['China’s permanent normal trade relations status', [['pntr', 'permanent normal trade relations']]],
    ['restoring normal trade relations with Beijing', [['pntr', 'normal trade relations']]],
    ['stripping China of MFN status', [['most-favored-nation', 'MFN']]],
    ['its most-favoured-nation status', [['most-favored-nation', 'most-favoured-nation']]],
    ['under the Phase One agreement', [['phase-one-deal', 'Phase One agreement']]],
    ['the phase one trade deal with China', [['phase-one-deal', 'phase one trade deal']]],
    ['Tesla’s Shanghai factory', [['tesla-shanghai', 'Tesla’s Shanghai factory']]],
    ['President Xi met envoys', [['xi-jinping', 'President Xi']]],
    ['Treasury Secretary Bessent said', [['scott-bessent', 'Treasury Secretary Bessent']]],
    ['the Group of 20 summit and the G-20', [['g20', 'Group of 20'], ['g20', 'G-20']]],
    ['the Paris climate accord', [['paris-agreement', 'Paris climate accord']]],
    ['COP28 in Dubai', [['cop28', 'COP28']]],
    ['习近平会见马斯克', [['xi-jinping', '习近平'], ['elon-musk', '马斯克']]],
    ['贝森特和卢特尼克会见了基辛格的老朋友', [['scott-bessent', '贝森特'], ['howard-lutnick', '卢特尼克'], ['henry-kissinger', '基辛格']]],
    ['国际货币基金组织和二十国集团讨论了南中国海', [['imf', '国际货币基金组织'], ['g20', '二十国集团'], ['south-china-sea', '南中国海']]],
    ['Taïwan reste un sujet sensible pour Pékin.', [['taiwan', 'Taïwan']]],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('prefers the longest match', () => {
    expect(pairs('the Tesla Shanghai plant grew')).toEqual([['tesla-shanghai', 'Tesla Shanghai plant']]);
    expect(pairs('Vice President Han Zheng met him')).toEqual([['han-zheng', 'Vice President Han Zheng']]);
    expect(pairs('President Xi Jinping spoke')).toEqual([['xi-jinping', 'President Xi Jinping']]);
  });

  it('matches whole words only', () => {
    expect(ids('Teslas and Muskrats and Trumpet players and IMFs')).toEqual([]);
    expect(ids('the PNTRs')).toEqual([]);
    expect(ids('Apples at a TaiwanX expo')).toEqual([]);
  });

  it('tolerates curly and straight apostrophes, no-break spaces and line breaks inside names', () => {
    expect(pairs("Tesla's Shanghai plant")).toEqual([['tesla-shanghai', "Tesla's Shanghai plant"]]);
    expect(pairs('Xi\u00a0Jinping')).toEqual([['xi-jinping', 'Xi\u00a0Jinping']]);
    expect(pairs('Scott\n   Bessent')).toEqual([['scott-bessent', 'Scott\n   Bessent']]);
    expect(pairs('Xi Jin\u00adping and Scott\u202fBes\u200bsent')).toEqual([
      ['xi-jinping', 'Xi Jin\u00adping'],
      ['scott-bessent', 'Scott\u202fBes\u200bsent'],
    ]);
  });

  it('never joins a name across a blank line (a paragraph break)', () => {
    expect(pairs('Scott\n\nBessent')).toEqual([['scott-bessent', 'Bessent']]);
    expect(pairs('Xi\n \nJinping')).toEqual([]);
  });

  it('handles possessives without swallowing them, and plurals of common nouns', () => {
    expect(pairs('Musk’s companies and Trump\'s tariffs')).toEqual([
      ['elon-musk', 'Musk'],
      ['donald-trump', 'Trump'],
    ]);
    expect(pairs('the Section 301 tariffs, then more Section 301 tariff rounds')).toEqual([
      ['section-301-tariffs', 'Section 301 tariffs'],
      ['section-301-tariffs', 'Section 301 tariff'],
    ]);
    expect(pairs('China’s chip export controls')).toEqual([['chip-export-controls', 'chip export controls']]);
  });

  it('reports UTF-16 offsets into the text', () => {
    const text = '🇺🇸 and 🇨🇳: Xi Jinping';
    const [m] = matcher.find(text);
    expect(text.slice(m!.start, m!.end)).toBe('Xi Jinping');
  });

  it('does not treat "Xi\'an" as Xi', () => {
    expect(ids('Flights from Beijing to Xi’an and Xi\'an resumed.')).toEqual([]);
  });
});

describe('letter case', () => {
  it.each([
    ['apple pie in China', []],
    ['the apple of his eye, said Tim Cook', ['tim-cook']],
    ['pntr status', []],
    ['XAI and Xai', []],
    ['ELON MUSK SPEAKS', ['elon-musk']],
    ['PERMANENT NORMAL TRADE RELATIONS', ['pntr']],
    ['Permanent Normal Trade Relations', ['pntr']],
    ['global times have changed', []],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('ambiguous names follow rules', () => {
  it.each([
    ['"Phase One" only with trade context', 'Phase One of the clinical study enrolled 40 patients.', []],
    ['"Phase One" with trade context', 'China fell short of the Phase One purchase targets for soybeans.', ['phase-one-deal']],
    ['"X" as the platform after "posted on"', 'He posted on X late on Sunday.', ['x-twitter']],
    ['"X, formerly Twitter"', 'X, formerly Twitter, said nothing.', ['x-twitter']],
    ['"X (formerly Twitter)"', 'on X (formerly Twitter) today', ['x-twitter']],
    ['"X" as the platform after "formerly Twitter" was said', 'X, the platform formerly known as Twitter, fined.', ['x-twitter', 'x-twitter']],
    ['"X" owned by Musk, or as Twitter is now called', 'Musk-owned X fined. Twitter, now called X, shrank.', ['elon-musk', 'x-twitter', 'x-twitter', 'x-twitter']],
    ['"X" described as the social platform it is', 'X, the social platform owned by Musk, was blocked.', ['x-twitter', 'elon-musk']],
    ['"X" where a video or statement was posted', 'The embassy posted a video on X and a statement on X.', ['x-twitter', 'x-twitter']],
    ['"X" as a letter', 'Generation X voters and Malcolm X and an X-ray', []],
    ['"Apple" with company context', 'Apple shares fell as the company warned on China sales.', ['apple']],
    ['"Apple" the fruit', 'Apple orchards in Washington State had a good year.', []],
    ['"Apple Daily" is a newspaper', 'Apple Daily, the Hong Kong newspaper, closed; its shares had value.', []],
    ['"the Big Apple"', 'shares rose in the Big Apple', []],
    ['Nikola Tesla is not Tesla', 'Nikola Tesla was an inventor.', []],
    ['a Tesla coil', 'He built a Tesla coil.', []],
    ['"Cook" alone without Tim Cook', 'Cook said the meal was ready.', []],
    ['"Cook" after Tim Cook', 'Tim Cook visited Beijing. Cook said sales were strong.', ['tim-cook', 'tim-cook']],
    ['"Captain Cook" is someone else', 'Tim Cook flew in. Captain Cook sailed. Cook said...', ['tim-cook']],
    ['"Blackstone" without context', 'Blackstone is a village in Virginia.', []],
    ['"Blackstone" with Schwarzman', 'Stephen Schwarzman of Blackstone met Chinese officials.', ['stephen-schwarzman', 'blackstone']],
    ['"Pillsbury" alone', 'Pillsbury makes dough.', []],
    ['"Pillsbury" after Michael Pillsbury', 'Michael Pillsbury advised Trump. Pillsbury said so.', ['michael-pillsbury', 'donald-trump', 'michael-pillsbury']],
    ['"Sullivan" alone', 'Sullivan scored twice in the game.', []],
    ['"Sullivan" after Jake Sullivan', 'Jake Sullivan met Wang Yi. Sullivan said talks were candid.', ['jake-sullivan', 'jake-sullivan']],
    ['"Han" as an ethnicity', 'the Han majority and Han Chinese traders', []],
    ['"Han" after Han Zheng', 'Han Zheng met Musk. Han praised him.', ['han-zheng', 'elon-musk', 'han-zheng']],
    ['"Global Times" with Chinese context', 'China’s state-run Global Times said', ['global-times']],
    ['"Global Times" in a generic title', 'Global Times of Change: a Jazz Festival', []],
    ['"Truth Social" with Trump', 'Trump wrote on Truth Social that', ['donald-trump', 'truth-social']],
    ['"Xi" as a Greek letter', 'the Xi baryon decays quickly', []],
    ['"Xi" in China context', 'Beijing said Xi would attend the summit.', ['xi-jinping']],
    ['"Treasury" bonds are not the department', 'Treasury yields rose on the news from Beijing officials', []],
    ['"currency manipulator" without China', 'Switzerland was once called a currency manipulator.', []],
    ['a rule phrase with other spaces and an invisible character', 'He posted\u00a0\u00adon\n X late.', ['x-twitter']],
    ['a rule phrase is a whole word: "compost on" is not "post on"', 'They spread compost on X rows.', []],
    ['a rule phrase in capitals, straight apostrophe', "HE SAID IN A POST ON X; Elon Musk's X agreed", ['x-twitter', 'elon-musk', 'x-twitter']],
    ['the word after must end: "Tesla coiled" is not "Tesla coil"', 'Tesla coiled its supply chain around Shanghai.', ['tesla']],
    ['"Twitter" in a sentence', 'Twitter suspended the account of a Chinese diplomat.', ['x-twitter']],
    ['"Twitter" with Facebook in a sentence', 'Facebook, Twitter and YouTube are blocked in China.', ['x-twitter']],
    ['"Twitter" alone in its paragraph: a share or menu link', 'Share this story\n\nFacebook\n\nTwitter\n\nEmail', []],
    ['"Twitter" on a share button', 'Share on Twitter', []],
    ['"Twitter" in a row of networks', 'Follow us: Facebook Twitter Instagram', []],
    ['"Twitter" before a handle', 'Reach the author at 555-0100; on Twitter: @reporter.', []],
  ])('%s', (_rule, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('surnames', () => {
  it('resolves a bare surname to the person named in full most recently', () => {
    expect(ids('Hunter Biden testified. Biden said he was innocent.')).toEqual([]);
    expect(ids('Joe Biden spoke. His son Hunter Biden listened. Biden nodded.')).toEqual(['joe-biden']);
    expect(ids('Hunter Biden spoke. President Biden replied. Biden left.')).toEqual(['joe-biden', 'joe-biden']);
  });

  it('refuses a surname when another given name follows it (Chinese order)', () => {
    expect(ids('Li Keqiang was premier. Li said growth would slow.')).toEqual([]);
    expect(ids('Xi Mingze studied at Harvard; Xi visited Beijing.')).toEqual([]);
  });

  it('keeps a Chinese surname for its person when another’s given name is the same word', () => {
    // Li Xi's surname is Li; the Xi beside the parade is still Xi Jinping.
    expect(ids('Xi Jinping spoke.\n\nLi Xi spoke at the plenum.\n\nCai Qi stood beside Xi at the parade in Beijing.')).toEqual(['xi-jinping', 'xi-jinping']);
  });

  it('takes a full name with middle initials as the person, and someone else’s given name as someone else', () => {
    expect(ids('Mark W. Sobel, a former Treasury official, wrote the paper.')).toEqual(['mark-sobel', 'us-treasury']);
    expect(ids('Michael P. Pillsbury testified. Pillsbury said')).toEqual(['michael-pillsbury', 'michael-pillsbury']);
    expect(ids('Jacob J. Sullivan served as national security adviser.')).toEqual(['jake-sullivan']);
    expect(ids('Kevin P. Sullivan wrote the report. Sullivan said')).toEqual([]);
    expect(ids('Jacob J. Sullivan Jr. spoke.')).toEqual([]);
    expect(ids('Tim Cook spoke. Harold W. Cook, a professor, disagreed.')).toEqual(['tim-cook']);
    expect(ids('Donald Trump spoke. He revived Schedule F. Trump said')).toEqual(['donald-trump', 'donald-trump']);
    // Initials are read on the surname's line only: a paragraph may end on a lone letter.
    expect(ids('Donald Trump spoke in Building B.\n\nTrump said')).toEqual(['donald-trump', 'donald-trump']);
  });

  it('treats generational suffixes as someone else', () => {
    expect(ids('Donald Trump Jr. spoke in Beijing. Trump said')).toEqual([]);
  });

  it('keeps title-case headlines from claiming a surname for someone else', () => {
    expect(ids('How China Sees Trump Policy\n\nTrump said on Monday')).toEqual(['donald-trump']);
  });

  it('reads a Chinese surname before a capitalised word in a title-case headline as the person, and lets it go on meaning them', () => {
    expect(ids('Trump and Xi Agree to One-Year Trade Truce\n\nXi said on Monday')).toEqual(['donald-trump', 'xi-jinping', 'xi-jinping']);
  });

  it('carries what it learned across the pieces of one document', () => {
    const session = createSession();
    expect(matcher.find('Tim Cook met officials in Beijing.', session).map((m) => m.id)).toEqual(['tim-cook']);
    expect(matcher.find('Cook said demand was strong.', session).map((m) => m.id)).toEqual(['tim-cook']);
    expect(matcher.find('Cook said demand was strong.').map((m) => m.id)).toEqual([]);
  });
});

describe('cost', () => {
  it('does not depend on how many aliases precede a word in the trie', () => {
    // 10,000 invented aliases all sharing a prefix with real words: no effect on results.
    const noise = Array.from({ length: 10_000 }, (_, i) => ({ id: `noise-${i}`, name: `N${i}`, type: 'person' as const, aliases: [`Trumpton ${i}`] }));
    const big = createMatcher([...entities, ...noise]);
    const text = 'Trump met Xi Jinping. '.repeat(50);
    expect(big.find(text)).toEqual(matcher.find(text));
  });
});

describe('news variants', () => {
  it.each([
    ['the phase-one trade deal', ['phase-one-deal']],
    ['new chip curbs on China', ['chip-export-controls']],
    ['Beijing answered with rare earth export curbs', ['critical-minerals-ban']],
    ['the 10% fentanyl tariffs on China', ['tariffs-2025']],
    ['Elon Musk’s X suspended the account', ['elon-musk', 'x-twitter']],
    ['Taiwan Semiconductor Manufacturing Co. and Taiwan', ['taiwan']],
    ['at the APEC summit in San Francisco', ['woodside-summit']],
    // The New York Times writes initialisms with full stops.
    ['The I.M.F. said China’s economy would slow.', ['imf']],
    ['Biden quadrupled tariffs on Chinese E.V.s to 100 percent.', ['joe-biden', 'ev-tariffs-2024']],
    ['The U.S.-China trade deal signed in January 2020 was never fully met.', ['phase-one-deal']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('titles before a surname written first', () => {
  it('do not take another person with the same surname', () => {
    expect(pairs('Premier Li Keqiang died in 2023. Li Qiang succeeded him. Li said')).toEqual([
      ['li-qiang', 'Li Qiang'],
      ['li-qiang', 'Li'],
    ]);
    expect(pairs('President Xi Jinping met Premier Li Qiang')).toEqual([
      ['xi-jinping', 'President Xi Jinping'],
      ['li-qiang', 'Premier Li Qiang'],
    ]);
  });
});
