/** Storage failures in words a reader can act on. */
import { DatabaseBlockedError } from './schema';

export function describeStorageError(err: unknown): string {
  if (err instanceof DatabaseBlockedError) return err.message;
  const name = (err as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError') return 'Your browser’s storage for Backgrounder is full. Export and delete old clippings, or free disk space, then try again.';
  if (name === 'InvalidStateError' || name === 'SecurityError') return 'Storage is not available here (a private window keeps no data). Nothing was saved.';
  if (name === 'AbortError') return 'The save was interrupted before it finished. Nothing was saved; please try again.';
  return `The clipping could not be saved: ${err instanceof Error ? err.message : String(err)}`;
}
