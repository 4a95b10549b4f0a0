/** Shows a Toast on the page for a few seconds. */
import { h, render } from 'preact';
import { TOAST_CSS, Toast } from '../../components/Toast';
import { ShadowMount } from './shadow-mount';
import type { PageTimers } from './timers';

/** Long enough to read two lines, short enough not to linger over the article. */
export const TOAST_MS = 5000;

export class ToastHost {
  private ui: ShadowMount;
  private timer = 0;

  constructor(
    doc: Document,
    private timers: PageTimers,
  ) {
    this.ui = new ShadowMount(doc, TOAST_CSS);
  }

  show(message: string, ok: boolean): void {
    this.timers.clear(this.timer);
    render(h(Toast, { message, ok, onClose: () => this.hide() }), this.ui.mount());
    this.timer = this.timers.set(() => this.hide(), TOAST_MS);
  }

  hide(): void {
    if (!this.ui.attached) return;
    render(null, this.ui.mount());
    this.ui.detach();
  }
}
