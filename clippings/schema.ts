/**
 * The one database schema, versioned in one place. Only extension pages and the
 * background open it; content scripts ask the background.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Clipping } from './types';

export const DB_NAME = 'backgrounder';
/** Bump with a new step in `upgrade` below; never edit an old step. */
export const DB_VERSION = 1;

export interface BackgrounderDB extends DBSchema {
  clippings: {
    key: string;
    value: Clipping;
    indexes: {
      'by-created': number;
      'by-url': string;
      'by-entity': string;
      'by-tag': string;
    };
  };
}

export type ClippingsDB = IDBPDatabase<BackgrounderDB>;

/** Thrown when another tab holds an older version open and will not let go. */
export class DatabaseBlockedError extends Error {
  constructor() {
    super('Backgrounder’s storage is being upgraded and another Backgrounder page is holding it open. Close other Backgrounder tabs and try again.');
    this.name = 'DatabaseBlockedError';
  }
}

/** How long an upgrade waits for older connections to close before giving up with a message. */
export const BLOCKED_TIMEOUT_MS = 3000;

/**
 * Opens the database, upgrading it step by step from whatever version it has. An open
 * connection closes itself when a newer version wants the database (versionchange), so
 * upgrades are never blocked by us; a blocked upgrade still fails with a message, never hangs.
 */
export function openClippingsDB(name = DB_NAME, onGone: () => void = () => undefined): Promise<ClippingsDB> {
  return new Promise((resolve, reject) => {
    let db: ClippingsDB | null = null;
    let gaveUp = false;
    const timer = setTimeout(() => {
      gaveUp = true;
      reject(new DatabaseBlockedError());
    }, BLOCKED_TIMEOUT_MS);
    openDB<BackgrounderDB>(name, DB_VERSION, {
      upgrade(upgrading, oldVersion) {
        if (oldVersion < 1) {
          const store = upgrading.createObjectStore('clippings', { keyPath: 'id' });
          store.createIndex('by-created', 'created');
          store.createIndex('by-url', 'url');
          store.createIndex('by-entity', 'entityIds', { multiEntry: true });
          store.createIndex('by-tag', 'tags', { multiEntry: true });
        }
      },
      blocking() {
        // A newer version is waiting for us: step aside, and let the owner reopen later.
        db?.close();
        onGone();
      },
      terminated() {
        db = null;
        onGone();
      },
    }).then(
      (opened) => {
        clearTimeout(timer);
        if (gaveUp) return opened.close();
        db = opened;
        resolve(opened);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
