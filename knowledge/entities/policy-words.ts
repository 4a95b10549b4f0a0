/** Context words the trade policies' rules look for: what a phrase around a name says it is about. */

/** Words that show a phrase is about trade with China rather than something else. */
export const TRADE: readonly string[] = ['trade', 'tariff', 'tariffs', 'purchases', 'purchase', 'trade war', 'Beijing', 'China', 'Chinese', 'Lighthizer', 'soybeans'];
export const CHINA: readonly string[] = ['China', 'Chinese', 'Beijing', 'yuan', 'renminbi'];
export const CHIP_WORDS: readonly string[] = ['chip', 'chips', 'semiconductor', 'semiconductors', 'chipmaking', 'chipmakers', 'Nvidia', 'AI', 'SMIC', 'Huawei', 'ASML'];
export const MINERAL_WORDS: readonly string[] = ['rare earth', 'rare earths', 'rare-earth', 'critical minerals', 'minerals', 'gallium', 'germanium', 'antimony', 'graphite', 'magnets'];
/** China's own export controls are not the U.S. ones on chips, whatever the words around them. */
export const CHINA_OWNS: readonly string[] = ['China’s', 'Beijing’s', 'Chinese', 'China’s new', 'Beijing’s new'];
/** Who else put tariffs on Chinese EVs, as written right before the tariffs. */
const OTHER_EV_TAXERS: readonly string[] = [
  'EU', 'EU’s', 'European', 'European Union’s', 'Brussels’', 'Canada’s', 'Canadian', 'Ottawa’s', 'Mexico’s', 'Turkey’s', 'India’s', 'Indian', 'New Delhi’s',
];
/** The same, also with a word between them and the tariffs ("the EU's 2024 tariffs on Chinese EVs"). */
export const NOT_US: readonly string[] = [
  ...OTHER_EV_TAXERS,
  ...OTHER_EV_TAXERS.flatMap((w) => ['new', 'provisional', 'additional', 'extra', '2023', '2024', '2025', '100%', '100 percent'].map((x) => `${w} ${x}`)),
];
/** What follows "most-favored-nation" when it names drug pricing rather than a trade status. */
export const DRUG_PRICING: readonly string[] = ['drug', 'drugs', 'pricing', 'price', 'prices', 'prescription'];
/** Words near "most-favored-nation" in news of drug pricing. */
export const DRUG_WORDS: readonly string[] = ['drugmakers', 'drugmaker', 'pharmaceutical', 'pharmaceuticals', 'Medicare', 'Medicaid', 'drug prices', 'drug pricing'];
/** Other countries and practices the U.S. has investigated under Section 301. */
export const OTHER_301_TARGETS: readonly string[] = ['Brazil', 'Brazil’s', 'Vietnam', 'Vietnam’s', 'Nicaragua', 'digital services tax', 'digital services taxes', 'India', 'EU', 'European Union'];
/** What follows a drug trial's phase ("Phase 1 trial"). */
export const CLINICAL: readonly string[] = ['trial', 'trials', 'study', 'studies', 'clinical', 'testing'];
/** Other countries' export controls, as written right before them ("its own" is someone else's too). */
export const OTHERS_CONTROLS: readonly string[] = [
  'Japan’s', 'Japanese', 'Tokyo’s', 'Dutch', 'Netherlands’', 'South Korea’s', 'Korean', 'Taiwan’s', 'EU’s', 'European', 'its own', 'their own',
];
/** Names that take a sentence back to Washington after another country led it. */
const US_NAMES: readonly string[] = [
  'U.S.', 'US', 'United States', 'America', 'American', 'Americans', 'Washington', 'Washington’s', 'Biden', 'Trump',
  'White House', 'Congress', 'Commerce Department', 'Department of Commerce', 'Bureau of Industry and Security',
];
/**
 * The countries with chip export controls of their own, as a sentence's subject before the
 * words ("Japan tightened export controls on…", "The Netherlands imposed…"). Nouns only:
 * "Japanese chipmakers were hit by export controls" speaks of Washington's. Not the many
 * countries a sentence about Washington's controls names as where chipmakers are (South
 * Korea, Taiwan, China), nor capitals that name companies ("Tokyo Electron").
 */
export const CONTROLS_LED_BY_OTHERS = {
  earlier: ['Japan', 'Netherlands', 'The Hague', 'Dutch government', 'Japanese government'],
  over: US_NAMES,
} as const;
/** China as the sentence's subject before the words, unless the U.S. is named after it. */
export const CHINA_LEADS = { earlier: ['China', 'Beijing'], over: US_NAMES } as const;
/**
 * Others that tax Chinese EVs, as a sentence's subject before the tariffs ("Canada imposed a
 * 100% tariff on…"). Mexico, Brazil and Turkey are also where Chinese carmakers build plants
 * ("a plant in Mexico to get around the tariffs on Chinese EVs"): whose tariffs is then
 * unclear, and nothing is marked.
 */
export const EV_TARIFFS_LED_BY_OTHERS = {
  earlier: ['Canada', 'Ottawa', 'Carney', 'Trudeau', 'EU', 'European Union', 'European Commission', 'Brussels', 'Mexico', 'Turkey', 'Brazil', 'India', 'New Delhi'],
  over: US_NAMES,
} as const;
/** EV tariffs that are not Biden's: whose is written right before them, or leads the sentence. */
export const OTHERS_EV_TARIFFS = { any: [{ before: NOT_US }, EV_TARIFFS_LED_BY_OTHERS] } as const;
/** Whose chip controls are not Washington's, as written right before them. */
export const NOT_US_CONTROLS: readonly string[] = [...CHINA_OWNS, ...OTHERS_CONTROLS];
/** Chip controls that are not Washington's: whose is written right before them, or leads the sentence. */
export const OTHERS_CHIP_CONTROLS = { any: [{ before: NOT_US_CONTROLS }, CONTROLS_LED_BY_OTHERS] } as const;
/** The same before the head of a wording, where the chip word comes between ("Japan's chip export controls"). */
export const NOT_US_BEFORE_HEAD: readonly string[] = [...NOT_US_CONTROLS, ...OTHERS_CONTROLS.flatMap((w) => [`${w} chip`, `${w} semiconductor`])];
/** Other countries that restrict mineral exports, as the subject right before a verb ("Indonesia banned exports of…"). */
export const OTHER_EXPORTING_COUNTRIES: readonly string[] = ['Indonesia', 'Congo', 'Zimbabwe', 'Myanmar', 'Chile', 'Malaysia', 'Vietnam', 'India', 'Russia'];
/** The same countries as written right before the restriction ("Indonesia’s export ban"). */
export const OTHER_EXPORTERS: readonly string[] = [...OTHER_EXPORTING_COUNTRIES.map((c) => `${c}’s`), 'Indonesian', 'Congolese', 'its own', 'their own'];
/** Words of the wars whose ceasefires are negotiated in phases ("the phase one deal" on Gaza). */
export const WAR_TALKS: readonly string[] = ['Gaza', 'Hamas', 'Israel', 'Israeli', 'Israelis', 'hostage', 'hostages', 'Hezbollah', 'Netanyahu', 'Sharm el-Sheikh', 'Ukraine', 'Kyiv'];
/** Other countries whose normal trade relations with the U.S. made news. */
export const OTHER_NTR: readonly string[] = ['Russia', 'Russia’s', 'Belarus', 'Moscow', 'Vietnam', 'Kazakhstan', 'Ukraine', 'Moldova'];
/** The U.S.'s neighbours, as written right before a policy of theirs or towards them. */
const NEIGHBOURS_BEFORE: readonly string[] = ['Mexico’s', 'Mexican', 'Canada’s', 'Canadian'];
/** Fentanyl cooperation with the U.S.'s neighbours rather than with China. */
export const WITH_NEIGHBOURS = {
  any: [
    { after: ['with Mexico', 'with Canada', 'with Mexican', 'with the Mexican', 'with Canadian', 'with the Canadian'] },
    { before: NEIGHBOURS_BEFORE },
  ],
} as const;
/** Tariffs laid on the U.S.'s neighbours too (the "fentanyl tariffs" hit Mexico and Canada as well as China). */
export const ON_NEIGHBOURS = {
  any: [
    { after: ['on Mexico', 'on Canada', 'on Mexican', 'on Canadian', 'against Mexico', 'against Canada'] },
    { before: NEIGHBOURS_BEFORE },
  ],
} as const;
