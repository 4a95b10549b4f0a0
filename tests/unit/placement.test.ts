import { describe, expect, it } from 'vitest';
import { CARD_GAP, placeCard } from '../../entrypoints/content/placement';

const view = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };

describe('placeCard', () => {
  it('puts the card below the mention when it fits', () => {
    const p = placeCard({ left: 100, top: 100, width: 50, height: 20 }, card, view);
    expect(p).toEqual({ left: 100, top: 100 + 20 + CARD_GAP, side: 'below' });
  });

  it('flips above a mention near the bottom', () => {
    const p = placeCard({ left: 100, top: 700, width: 50, height: 20 }, card, view);
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBeLessThanOrEqual(700);
  });

  it('shifts left near the right edge and never leaves the viewport', () => {
    const p = placeCard({ left: 950, top: 100, width: 40, height: 20 }, card, view);
    expect(p.left + card.width).toBeLessThanOrEqual(view.width - CARD_GAP);
    const tiny = placeCard({ left: 10, top: 10, width: 40, height: 20 }, { width: 380, height: 900 }, view);
    expect(tiny.top).toBeGreaterThanOrEqual(CARD_GAP);
  });
});
