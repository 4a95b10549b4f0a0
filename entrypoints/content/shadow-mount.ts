/**
 * A host element with its own shadow root and stylesheet, attached to the page only
 * while something is shown: Backgrounder's UI never sits in the page's styles or DOM
 * longer than it is on screen.
 */
import { UI_HOST_TAG } from '../../pagetext/skip';

function adoptStyles(root: ShadowRoot, doc: Document, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Browsers that refuse a sheet built in the content script's world get a <style>.
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

export class ShadowMount {
  private host: HTMLElement | null = null;
  private mountPoint: HTMLElement | null = null;

  constructor(
    private doc: Document,
    private css: string,
  ) {}

  get attached(): boolean {
    return this.host !== null;
  }

  /** True when an event target is this UI (events from inside a shadow root are retargeted to its host). */
  owns(target: EventTarget | null): boolean {
    return this.host !== null && target === this.host;
  }

  /** The element to render into, attaching the host if needed. */
  mount(): HTMLElement {
    if (this.mountPoint) return this.mountPoint;
    const host = this.doc.createElement(UI_HOST_TAG.toLowerCase());
    const root = host.attachShadow({ mode: 'open' });
    adoptStyles(root, this.doc, this.css);
    const mount = this.doc.createElement('div');
    root.append(mount);
    this.doc.documentElement.append(host);
    this.host = host;
    this.mountPoint = mount;
    return mount;
  }

  detach(): void {
    this.host?.remove();
    this.host = null;
    this.mountPoint = null;
  }
}
