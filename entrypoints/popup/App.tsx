/** The toolbar popup: what this page mentions, the site switch, and saving. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Connections } from '../../components/Connections';
import { EntityList } from '../../components/EntityList';
import { connections } from '../../knowledge/connections';
import { namePageEntities } from '../../knowledge/page-entities';
import { knowledge } from '../../knowledge/shipped';
import { send } from '../../messaging/client';
import { SaveForm } from '../../components/SaveForm';
import { saveClipping } from '../../messaging/save';
import type { PageEntity } from '../../messaging/protocol';
import { sendToTab } from '../../messaging/tabs';
import { isSiteDisabled, toggleSite } from '../../settings/settings';
import { loadSettings, saveSettings } from '../../settings/storage';
import { articleDraft } from '../../clippings/article';

interface PageState {
  tabId: number;
  entities: PageEntity[];
  site: string;
  annotating: boolean;
}

/**
 * The tab the popup is about: the active tab, or the one named by ?tab=ID when the
 * popup is opened as a page (how the end-to-end tests drive it).
 */
async function targetTab(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function readPage(): Promise<PageState | null> {
  const tabId = await targetTab();
  if (tabId === undefined) return null;
  const info = await sendToTab(tabId, 'page.entities', {}).catch(() => null);
  return info ? { tabId, ...info, entities: namePageEntities(info.entities, knowledge) } : null;
}

export function App(): JSX.Element {
  const [page, setPage] = useState<PageState | null | 'loading'>('loading');
  useEffect(() => {
    void readPage().then(setPage);
  }, []);

  if (page === 'loading') return <main class="stack" style="padding:12px"><p class="muted">Reading this page…</p></main>;
  return (
    <main class="stack" style="padding:12px">
      <header class="row" style="justify-content:space-between">
        <h1>Backgrounder</h1>
        <span class="row">
          <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/explorer.html') })}>
            Explore
          </button>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Your clippings
          </button>
        </span>
      </header>
      {page ? <PageView page={page} onChange={setPage} /> : <p class="muted">Backgrounder does not run on this page (browser pages and stores are off limits to extensions).</p>}
    </main>
  );
}

function PageView({ page, onChange }: { page: PageState; onChange(p: PageState): void }): JSX.Element {
  const toggle = async (on: boolean) => {
    const settings = await loadSettings();
    await saveSettings(toggleSite(settings, page.site, on));
    const fresh = await loadSettings();
    // The page re-scans on its own when settings change; read its new state shortly after.
    onChange({ ...page, annotating: !isSiteDisabled(fresh, page.site), entities: on ? page.entities : [] });
    if (on) setTimeout(() => void readPage().then((p) => p && onChange(p)), 400);
  };
  return (
    <>
      <label class="row">
        <input type="checkbox" checked={page.annotating} onChange={(e) => void toggle(e.currentTarget.checked)} />
        Annotate names on {page.site}
      </label>
      <section aria-labelledby="on-page">
        <h2 id="on-page">This page at a glance</h2>
        <EntityList entities={page.entities} onChoose={(id) => void sendToTab(page.tabId, 'page.reveal', { id })} />
      </section>
      {page.entities.length > 1 ? (
        <section aria-labelledby="connected">
          <h2 id="connected">How they connect</h2>
          <Connections
            items={connections(knowledge, page.entities.slice(0, 8).map((e) => e.id))}
            onRead={(c) => void send('source.open', { doc: c.doc, start: c.passage[0], end: c.passage[1] })}
          />
        </section>
      ) : null}
      <SavedHere tabId={page.tabId} />
      <section aria-labelledby="save">
        <h2 id="save">Save</h2>
        <SaveForm
          saveSelection={async (note, tags) => {
            const sel = await sendToTab(page.tabId, 'page.selection', {}).catch(() => null);
            if (!sel) return { ok: false, error: 'Select some text on the page first.' };
            return saveClipping({ kind: 'selection', url: sel.url, title: sel.title, text: sel.text, note, tags, anchor: sel.anchor, article: null });
          }}
          saveArticle={async (note, tags) => {
            const snap = await sendToTab(page.tabId, 'page.snapshot', {}).catch(() => null);
            const draft = snap ? articleDraft(snap, window, note, tags) : null;
            if (!draft) return { ok: false, error: 'No article could be found on this page.' };
            return saveClipping(draft);
          }}
        />
      </section>
    </>
  );
}

/** The reader's clippings from this page, found on it again or not. */
function SavedHere({ tabId }: { tabId: number }): JSX.Element | null {
  const [list, setList] = useState<{ id: string; text: string; found: boolean }[] | null>(null);
  useEffect(() => {
    void sendToTab(tabId, 'page.clippings', {})
      .then((r) => setList(r.clippings))
      .catch(() => setList([]));
  }, [tabId]);
  if (!list?.length) return null;
  return (
    <section aria-labelledby="saved-here">
      <h2 id="saved-here">Your clippings here</h2>
      <ul style="list-style:none;margin:0;padding:0">
        {list.map((c) => (
          <li key={c.id} style="margin:0 0 6px">
            “{c.text.length > 120 ? `${c.text.slice(0, 117)}…` : c.text}”{' '}
            <span class={c.found ? 'ok' : 'error'}>{c.found ? 'highlighted' : 'not found on this page'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
