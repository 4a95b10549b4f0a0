/** Context words the trade policies' rules look for: what a phrase around a name says it is about. */

/** Words that show a phrase is about trade with China rather than something else. */
export const TRADE: readonly string[] = ['trade', 'tariff', 'tariffs', 'purchases', 'purchase', 'trade war', 'Beijing', 'China', 'Chinese', 'Lighthizer', 'soybeans'];
export const CHINA: readonly string[] = ['China', 'Chinese', 'Beijing', 'yuan', 'renminbi'];
export const CHIP_WORDS: readonly string[] = ['chip', 'chips', 'semiconductor', 'semiconductors', 'chipmaking', 'chipmakers', 'Nvidia', 'AI', 'SMIC', 'Huawei', 'ASML'];
export const MINERAL_WORDS: readonly string[] = ['rare earth', 'rare earths', 'rare-earth', 'critical minerals', 'minerals', 'gallium', 'germanium', 'antimony', 'graphite', 'magnets'];
/** China's own export controls are not the U.S. ones on chips, whatever the words around them. */
export const CHINA_OWNS: readonly string[] = ['China’s', 'Beijing’s', 'Chinese', 'China’s new', 'Beijing’s new'];
/** Who else put tariffs on Chinese EVs, as written right before the tariffs. */
export const NOT_US: readonly string[] = ['EU', 'EU’s', 'EU’s new', 'European', 'European Union’s', 'Brussels’', 'Canada’s', 'Canadian', 'Ottawa’s', 'Mexico’s', 'Turkey’s'];
/** What follows "most-favored-nation" when it names drug pricing rather than a trade status. */
export const DRUG_PRICING: readonly string[] = ['drug', 'drugs', 'pricing', 'price', 'prices', 'prescription'];
/** Words near "most-favored-nation" in news of drug pricing. */
export const DRUG_WORDS: readonly string[] = ['drugmakers', 'drugmaker', 'pharmaceutical', 'pharmaceuticals', 'Medicare', 'Medicaid', 'drug prices', 'drug pricing'];
/** Other countries and practices the U.S. has investigated under Section 301. */
export const OTHER_301_TARGETS: readonly string[] = ['Brazil', 'Brazil’s', 'Vietnam', 'Vietnam’s', 'Nicaragua', 'digital services tax', 'digital services taxes', 'India', 'EU', 'European Union'];
/** Words of drug trials, which have phases of their own. */
export const CLINICAL: readonly string[] = ['clinical', 'trial', 'trials', 'patients', 'vaccine', 'dose', 'doses', 'biotech', 'placebo'];
