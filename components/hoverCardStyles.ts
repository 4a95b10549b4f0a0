/**
 * The card's stylesheet, adopted into its shadow root. `:host { all: initial }` cuts
 * inheritance from the page, so a page's fonts, colours or hostile resets never reach it.
 */
export const HOVER_CARD_CSS = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5b5b66; --line: #e3e1da; --accent: #a34d00; --mark: #ffe7b8; --chip: #f4f1ea;
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: min(380px, calc(100vw - 16px)); max-height: min(440px, calc(100vh - 16px)); overflow: auto;
  margin: 0; padding: 14px 16px 12px; border: 1px solid var(--line); border-radius: 10px;
  background: var(--bg); color: var(--fg); box-shadow: 0 10px 30px rgba(0,0,0,.18), 0 2px 6px rgba(0,0,0,.08);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left; direction: ltr;
  overscroll-behavior: contain;
}
@media (prefers-color-scheme: dark) {
  .card { --bg: #202124; --fg: #ececec; --muted: #a9a9b3; --line: #3c3d41; --accent: #ffb46b; --mark: #5a3f12; --chip: #2c2d31; }
}
.card[popover] { inset: auto; margin: 0; }
.card:focus { outline: none; }
.card:focus-visible, button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.head { display: flex; align-items: baseline; gap: 8px; margin: 0 0 6px; }
h2 { margin: 0; font-size: 16px; line-height: 1.3; font-weight: 650; flex: 1; }
h3 { margin: 10px 0 4px; font-size: 11px; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); font-weight: 600; }
.type { font-size: 11px; color: var(--muted); white-space: nowrap; }
.explore { font-size: 12px; }
.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 0 4px; color: var(--muted); border-radius: 4px; }
.summary { margin: 0 0 6px; }
.facts { margin: 6px 0; display: grid; gap: 2px; font-size: 13px; }
.facts div { display: flex; gap: 6px; }
.facts dt { color: var(--muted); white-space: nowrap; }
.facts dt::after { content: ':'; }
.facts dd { margin: 0; }
ul { list-style: none; margin: 0; padding: 0; }
.excerpt { margin: 0 0 8px; }
blockquote { margin: 0; padding: 0 0 0 10px; border-left: 3px solid var(--line); font-size: 13px; }
mark { background: var(--mark); color: inherit; padding: 0 1px; border-radius: 2px; }
.cite { font-size: 12px; color: var(--muted); margin-top: 2px; }
cite { font-style: italic; }
.link { all: unset; cursor: pointer; color: var(--accent); text-decoration: underline; border-radius: 3px; }
.related { display: flex; flex-wrap: wrap; gap: 6px; }
.chip { all: unset; cursor: pointer; font-size: 12px; padding: 2px 8px; border-radius: 999px; background: var(--chip); color: var(--fg); }
.chip:hover, .link:hover, .close:hover { filter: brightness(0.9); }
.loading { color: var(--muted); margin: 0; }
.disputes .topic { margin: 2px 0 4px; font-weight: 600; font-size: 13px; }
.disputes li { margin: 0 0 8px; font-size: 13px; }
.disputes blockquote { margin: 2px 0; }
.save { display: flex; align-items: center; gap: 8px; margin: 4px 0 6px; font-size: 12px; }
.save .error { color: #c0392b; }
.save .muted { color: var(--muted); }
.chip[disabled] { opacity: .7; cursor: default; }
`;
