/**
 * The source documents the cards cite. Their texts sit beside this file
 * (NNN.txt, copied verbatim from the project's shared corpus) and are read by the
 * knowledge build, never at run time.
 */
export interface DocumentMeta {
  id: string;
  file: string;
  title: string;
  /** A short label for citations. */
  source: string;
}

export const documents: readonly DocumentMeta[] = [
  {
    id: '000',
    file: '000.txt',
    title: 'Opportunities for Musk to Act as a Communication Channel Between Washington and Beijing During Trump’s Presidency',
    source: 'Policy analysis (M. Sakhri)',
  },
  {
    id: '001',
    file: '001.txt',
    // The document has no headline of its own; this one is ours, from its section "Why China Cares So Much".
    title: 'Musk’s Break With Trump, and Why China Cares',
    source: 'Commentary',
  },
  { id: '002', file: '002.txt', title: 'US-China Talks at Risk as Trump Presidency Approaches', source: 'News report' },
  {
    id: '003',
    file: '003.txt',
    title: 'Biden Administration Aims to Strengthen U.S.-China Relations in Anticipation of Trump’s Return',
    source: 'News report',
  },
  {
    id: '004',
    file: '004.txt',
    title: 'The Road to a New U.S.-China Trade Deal: Ambitions, Challenges, and Intricacies',
    source: 'Trade analysis',
  },
];
