/** Where a card goes: next to its mention, always inside the viewport. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Space kept between the card and the mention, and between the card and the viewport edge. */
export const CARD_GAP = 8;

/**
 * Below the mention when it fits, else above, else wherever there is more room;
 * aligned with the mention's left edge, shifted left when it would overflow.
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number; side: 'below' | 'above' } {
  const below = anchor.top + anchor.height + CARD_GAP;
  const above = anchor.top - CARD_GAP - card.height;
  const fitsBelow = below + card.height <= viewport.height - CARD_GAP;
  const fitsAbove = above >= CARD_GAP;
  const roomBelow = viewport.height - (anchor.top + anchor.height);
  const side = fitsBelow || (!fitsAbove && roomBelow >= anchor.top) ? 'below' : 'above';
  let top = side === 'below' ? below : above;
  top = Math.max(CARD_GAP, Math.min(top, viewport.height - card.height - CARD_GAP));
  let left = anchor.left;
  left = Math.min(left, viewport.width - card.width - CARD_GAP);
  left = Math.max(CARD_GAP, left);
  return { left, top, side };
}
