/** Which entity types are annotated, the hover delay, and sites where annotation is off. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../knowledge/types';
import { HOVER_DELAY_RANGE, type Settings, siteKey } from '../settings/settings';
import { loadSettings, saveSettings } from '../settings/storage';
import { TYPE_LABELS } from './typeLabels';

export function SettingsPanel(): JSX.Element {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  const [saved, setSaved] = useState('');
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return <></>;
  const update = async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
    setSaved('Saved. Open tabs use it now.');
  };
  const toggleType = (t: EntityType, on: boolean) => update({ ...settings, types: on ? [...settings.types, t] : settings.types.filter((x) => x !== t) });
  return (
    <details class="panel">
      <summary>Settings</summary>
      <div class="stack">
        <fieldset>
          <legend>Annotate these kinds of names</legend>
          <div class="row">
            {ENTITY_TYPES.map((t) => (
              <label key={t}>
                <input type="checkbox" checked={settings.types.includes(t)} onChange={(e) => void toggleType(t, e.currentTarget.checked)} /> {TYPE_LABELS[t]}
              </label>
            ))}
          </div>
        </fieldset>
        <label class="row">
          Open a card after resting the pointer for
          <input
            type="number"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={settings.hoverDelayMs}
            style="width:6em"
            onChange={(e) => void update({ ...settings, hoverDelayMs: Number(e.currentTarget.value) })}
          />
          ms
        </label>
        <fieldset>
          <legend>Sites where annotation is off</legend>
          {settings.disabledSites.length ? (
            <ul>
              {settings.disabledSites.map((s) => (
                <li key={s}>
                  {s}{' '}
                  <button type="button" class="link" onClick={() => void update({ ...settings, disabledSites: settings.disabledSites.filter((x) => x !== s) })}>
                    turn back on
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">None.</p>
          )}
          <form
            class="row"
            onSubmit={(e) => {
              e.preventDefault();
              const key = siteKey(site.trim().replace(/^https?:\/\//, '').split('/')[0] ?? '');
              if (key && !settings.disabledSites.includes(key)) void update({ ...settings, disabledSites: [...settings.disabledSites, key] });
              setSite('');
            }}
          >
            <input type="text" aria-label="Site to turn off" placeholder="example.com" value={site} onInput={(e) => setSite(e.currentTarget.value)} />
            <button type="submit">Turn off</button>
          </form>
        </fieldset>
        <p role="status" class="ok">
          {saved}
        </p>
      </div>
    </details>
  );
}
