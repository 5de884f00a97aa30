/**
 * Remembers that a visitor dismissed a banner.
 *
 * Browsers may block storage (private modes, sandboxed frames, blocked
 * third-party storage) by throwing on access, or may throw when the quota is
 * full. Every access is therefore guarded: if storage fails, the dismissal
 * simply lasts for the life of the page.
 *
 * Reads are remembered per storage and key, so a page with many banners reads
 * each key once. The copy is kept up to date by this module's own writes and
 * by the `storage` event, which the browser fires when another tab (or a
 * frame) of the same site changes the storage; `onDismissalChange` tells the
 * banners, so a dismissal in one tab closes the banner in the others.
 */

export type RememberMode = 'none' | 'session' | 'local';

interface DismissalRecord {
  revision: string;
  /** Milliseconds since the epoch after which the banner shows again. */
  until: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The raw value last read or written, per `mode` and key (`null`: none). */
const known = new Map<string, string | null>();
const listeners = new Set<(key: string | null) => void>();

function storageFor(mode: RememberMode): Storage | undefined {
  if (mode === 'none') return undefined;
  try {
    return (mode === 'local' ? window.localStorage : window.sessionStorage) ?? undefined;
  } catch {
    return undefined;
  }
}

function read(mode: RememberMode, key: string): string | null {
  const id = `${mode} ${key}`;
  if (!known.has(id)) {
    let raw: string | null = null;
    try {
      raw = storageFor(mode)?.getItem(key) ?? null;
    } catch {
      // Blocked: nothing is stored, as far as this page can tell.
    }
    known.set(id, raw);
  }
  return known.get(id)!;
}

/** Another tab or frame changed the storage: forget what was read, tell the banners. */
function onStorage(event: StorageEvent) {
  if (event.key === null) known.clear();
  else for (const mode of ['local', 'session']) known.delete(`${mode} ${event.key}`);
  for (const listener of listeners) listener(event.key);
}

/**
 * Calls `listener` with the key (`null`: all keys) whenever a stored
 * dismissal may have changed, here or in another tab. Returns the function
 * that stops it.
 */
export function onDismissalChange(listener: (key: string | null) => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** True when a dismissal of this `revision` is stored and has not expired. */
export function isDismissalStored(
  mode: RememberMode,
  key: string,
  revision: string,
  now = Date.now(),
): boolean {
  try {
    const raw = read(mode, key);
    if (!raw) return false;
    const record = JSON.parse(raw) as Partial<DismissalRecord> | null;
    return (
      record !== null &&
      record.revision === revision &&
      typeof record.until === 'number' &&
      record.until > now
    );
  } catch {
    return false;
  }
}

/** Stores a dismissal for `days` days; returns false if storage refused it. */
export function storeDismissal(
  mode: RememberMode,
  key: string,
  revision: string,
  days: number,
  now = Date.now(),
): boolean {
  const storage = storageFor(mode);
  if (!storage) return false;
  const record: DismissalRecord = { revision, until: now + days * DAY_MS };
  const raw = JSON.stringify(record);
  try {
    storage.setItem(key, raw);
  } catch {
    return false;
  }
  known.set(`${mode} ${key}`, raw);
  for (const listener of listeners) listener(key);
  return true;
}
