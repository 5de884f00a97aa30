/**
 * Remembers that a visitor dismissed a banner.
 *
 * Browsers may block storage (private modes, sandboxed frames, blocked
 * third-party storage) by throwing on access, or may throw when the quota is
 * full. Every access is therefore guarded: if storage fails, the dismissal
 * simply lasts for the life of the page.
 */

export type RememberMode = 'none' | 'session' | 'local';

interface DismissalRecord {
  revision: string;
  /** Milliseconds since the epoch after which the banner shows again. */
  until: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function storageFor(mode: RememberMode): Storage | undefined {
  if (mode === 'none') return undefined;
  try {
    return (mode === 'local' ? window.localStorage : window.sessionStorage) ?? undefined;
  } catch {
    return undefined;
  }
}

/** True when a dismissal of this `revision` is stored and has not expired. */
export function isDismissalStored(
  mode: RememberMode,
  key: string,
  revision: string,
  now = Date.now(),
): boolean {
  try {
    const raw = storageFor(mode)?.getItem(key);
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
  try {
    storage.setItem(key, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}
