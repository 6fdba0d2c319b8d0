/**
 * Text kept in localStorage under a key prefix, written synchronously. When storage refuses
 * (full, private mode, blocked) the value is kept in memory for this page and the failure is
 * reported instead of losing it. Other windows' changes arrive through storage events.
 * Shaped for useSyncExternalStore: subscribe + read snapshots.
 */
type Listener = () => void;

export interface BrowserStore {
  subscribe(listener: Listener): () => void;
  read(key: string): string | null;
  /** Writes (null removes); false when only the in-memory copy could be kept. */
  write(key: string, value: string | null): boolean;
  /** True when the last write could not reach browser storage. */
  failed(): boolean;
  /** Grows on every change: lets callers cache what they derive from the store. */
  version(): number;
  /** Every key under the prefix, in storage or kept in memory. */
  keys(): string[];
}

function localStorageOrNull(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function createBrowserStore(prefix: string): BrowserStore {
  const listeners = new Set<Listener>();
  /** Values storage refused, kept for this page only (null = removed here). */
  const memory = new Map<string, string | null>();
  let version = 0;
  let failed = false;

  const notify = () => {
    version++;
    for (const listener of [...listeners]) listener();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(prefix)) notify();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
    read(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      try {
        return localStorageOrNull()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        const storage = localStorageOrNull();
        if (!storage) throw new Error('no storage');
        if (value === null) storage.removeItem(key);
        else storage.setItem(key, value);
        memory.delete(key);
        failed = false;
      } catch {
        memory.set(key, value);
        failed = true;
      }
      notify();
      return !failed;
    },
    failed: () => failed,
    version: () => version,
    keys() {
      const keys = new Set<string>();
      const storage = localStorageOrNull();
      try {
        for (let i = 0; storage && i < storage.length; i++) {
          const key = storage.key(i);
          if (key?.startsWith(prefix)) keys.add(key);
        }
      } catch {
        // Storage unreadable: the in-memory values are still listed.
      }
      for (const [key, value] of memory) {
        if (value === null) keys.delete(key);
        else keys.add(key);
      }
      return [...keys];
    },
  };
}
