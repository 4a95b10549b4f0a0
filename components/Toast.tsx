/** A short message on the page about something the reader just did (a save from the menu). */
import type { JSX } from 'preact';

export interface ToastProps {
  message: string;
  ok: boolean;
  onClose(): void;
}

export function Toast({ message, ok, onClose }: ToastProps): JSX.Element {
  return (
    <div class={`toast ${ok ? 'ok' : 'fail'}`} role={ok ? 'status' : 'alert'}>
      <span>{message}</span>
      <button type="button" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>
  );
}

export const TOAST_CSS = `
:host { all: initial; }
.toast { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: min(360px, calc(100vw - 32px));
  display: flex; gap: 10px; align-items: flex-start; padding: 10px 12px; border-radius: 8px;
  font: 14px/1.4 system-ui, sans-serif; color: #fff; background: #2d6a3e; box-shadow: 0 6px 20px rgba(0,0,0,.2); }
.toast.fail { background: #9b2c2c; }
button { all: unset; cursor: pointer; font-size: 16px; line-height: 1; }
button:focus-visible { outline: 2px solid #fff; outline-offset: 2px; }
`;
