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
