/**
 * Where the corpus documents describe an entity in conflicting ways. Each side quotes
 * its document verbatim; the knowledge build checks that every quote is really there
 * and turns it into a passage a card can cite.
 */

export interface DisagreementSide {
  /** What this side says, in a few words. */
  claim: string;
  doc: string;
  /** Verbatim text of the document. */
  quote: string;
}

export interface Disagreement {
  entityId: string;
  topic: string;
  sides: readonly DisagreementSide[];
}

export const disagreements: readonly Disagreement[] = [
  {
    entityId: 'elon-musk',
    topic: 'Musk and Trump',
    sides: [
      { claim: 'Close to Trump', doc: '000', quote: 'The relationship of American businessman Elon Musk with the elected president Donald Trump has piqued the interest of Beijing' },
      { claim: 'Supportive of Trump’s instincts', doc: '004', quote: 'has reportedly been supportive of Trump’s instincts' },
      { claim: 'Breaking with Trump', doc: '001', quote: 'Elon Musk has publicly distanced himself from former U.S. President Donald Trump' },
    ],
  },
  {
    entityId: 'elon-musk',
    topic: 'Musk as a go-between with Beijing',
    sides: [
      { claim: 'The likely go-between', doc: '000', quote: 'It is likely that elected President Donald Trump would enlist billionaire Elon Musk to facilitate conversations with China through informal channels' },
      { claim: 'Not enough on his own', doc: '000', quote: 'the reliance on businessman and billionaire Elon Musk by elected President Donald Trump may not be sufficient to improve relations between Washington and Beijing' },
    ],
  },
  {
    entityId: 'donald-trump',
    topic: 'Trump and Musk',
    sides: [
      { claim: 'Would use Musk as a back channel', doc: '000', quote: 'It is likely that elected President Donald Trump would enlist billionaire Elon Musk to facilitate conversations with China through informal channels' },
      { claim: 'Musk has broken with him', doc: '001', quote: 'Elon Musk has publicly distanced himself from former U.S. President Donald Trump' },
    ],
  },
];
