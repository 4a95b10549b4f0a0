/**
 * The dated events of the knowledge base, for the explorer's timeline. Dates are those
 * the corpus (or the curated entity list) gives; `when` sorts as text.
 */

export interface TimelineEvent {
  /** "YYYY" or "YYYY-MM" (or "YYYY-MM-DD"). */
  when: string;
  label: string;
  entityId: string;
}

export const timeline: readonly TimelineEvent[] = [
  { when: '1971', label: 'Kissinger’s landmark visit to Beijing', entityId: 'kissinger-1971-visit' },
  { when: '2018', label: 'First-term tariffs on over $300 billion of Chinese goods begin', entityId: 'section-301-tariffs' },
  { when: '2019', label: 'China labeled a currency manipulator', entityId: 'currency-manipulator' },
  { when: '2019', label: 'Tesla’s Shanghai Gigafactory opens', entityId: 'tesla-shanghai' },
  { when: '2020', label: 'Phase One trade deal signed', entityId: 'phase-one-deal' },
  { when: '2023', label: 'Economic and financial working groups set up', entityId: 'economic-working-group' },
  { when: '2023-09', label: 'Working groups meet regularly', entityId: 'financial-working-group' },
  { when: '2023-11', label: 'Biden–Xi summit', entityId: 'woodside-summit' },
  { when: '2023-11-23', label: 'Fentanyl cooperation relaunched', entityId: 'fentanyl-cooperation' },
  { when: '2023', label: 'COP28 in Dubai', entityId: 'cop28' },
  { when: '2024', label: 'Biden’s tariffs on EVs, solar cells, chips and batteries', entityId: 'ev-tariffs-2024' },
  { when: '2024-04', label: 'Musk visits Beijing, meets Premier Li Qiang', entityId: 'li-qiang' },
  { when: '2025-01', label: 'Musk meets Vice President Han Zheng', entityId: 'han-zheng' },
  { when: '2025-02-01', label: '10% tariffs on all Chinese imports', entityId: 'tariffs-2025' },
];
