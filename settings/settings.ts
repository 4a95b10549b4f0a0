/**
 * The reader's settings: which entity types are annotated, the hover delay, and the
 * sites where annotation is off. Kept in storage.local, so every open tab hears a change
 * (storage.onChanged) and applies it without a reload.
 */
import { ENTITY_TYPES, type EntityType } from '../knowledge/types';

export interface Settings {
  types: EntityType[];
  hoverDelayMs: number;
  /** Host names (without "www.") where nothing is annotated. */
  disabledSites: string[];
}

export const SETTINGS_KEY = 'settings';
export const HOVER_DELAY_RANGE = { min: 100, max: 2000 } as const;

export const DEFAULT_SETTINGS: Settings = {
  types: [...ENTITY_TYPES],
  // See HOVER_OPEN_DELAY_MS in entrypoints/content/hover.ts for why 400 ms.
  hoverDelayMs: 400,
  disabledSites: [],
};

/** Whatever storage holds, as valid settings: unknown or broken values fall back to defaults. */
export function coerceSettings(raw: unknown): Settings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const types = Array.isArray(o.types) ? o.types.filter((t): t is EntityType => ENTITY_TYPES.includes(t as EntityType)) : DEFAULT_SETTINGS.types;
  const delay = typeof o.hoverDelayMs === 'number' && Number.isFinite(o.hoverDelayMs) ? o.hoverDelayMs : DEFAULT_SETTINGS.hoverDelayMs;
  const sites = Array.isArray(o.disabledSites) ? o.disabledSites.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length < 256) : [];
  return {
    types,
    hoverDelayMs: Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, Math.round(delay))),
    disabledSites: [...new Set(sites.map((s) => s.toLowerCase()))],
  };
}

export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  return settings.disabledSites.includes(siteKey(hostname));
}

export function toggleSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const key = siteKey(hostname);
  const rest = settings.disabledSites.filter((s) => s !== key);
  return { ...settings, disabledSites: enabled ? rest : [...rest, key] };
}
