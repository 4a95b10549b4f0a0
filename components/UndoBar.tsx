/** "Deleted. Undo" for a few seconds after a delete: the record is kept in memory until then. */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Clipping } from '../clippings/types';

/** Long enough to notice a slip and reach the button. */
export const UNDO_MS = 10_000;

export function UndoBar({ clipping, onUndo, onDone }: { clipping: Clipping; onUndo(): void; onDone(): void }): JSX.Element {
  useEffect(() => {
    const t = setTimeout(onDone, UNDO_MS);
    return () => clearTimeout(t);
  }, [clipping]);
  return (
    <div class="undo" role="status">
      <span>Deleted “{clipping.title || clipping.text.slice(0, 40)}”.</span>
      <button type="button" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
