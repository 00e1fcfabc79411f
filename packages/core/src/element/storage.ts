/**
 * Namespaced local storage that never throws. When the browser refuses storage
 * (private windows, sandboxed iframes, a full quota) values live in memory for the
 * page's lifetime instead, so a widget keeps working; corrupted values are dropped.
 */
export interface Store<T> {
  readonly key: string;
  read(): T | undefined;
  write(value: T): void;
  clear(): void;
}

/** `mendkit:quiz:repairable@1`: saved state survives minor and patch content updates. */
export function storageKey(kind: string, contentId: string, version: string): string {
  const major = version.split('.')[0] ?? '0';
  return `mendkit:${kind}:${contentId}@${major}`;
}

// Shared by every store on the page, so a re-created element finds its state again.
const memory = new Map<string, string>();

let suspended = 0;

/**
 * Runs `fn` as if nothing were saved and nothing could be saved. Server rendering and the
 * first (hydrating) render of pre-rendered HTML show what a first visit shows, so the two
 * match; saved progress is restored right after.
 */
export function withoutSavedState<T>(fn: () => T): T {
  suspended++;
  try {
    return fn();
  } finally {
    suspended--;
  }
}

export interface StoreOptions<T> {
  /** Accepts a parsed value as T, or returns undefined to discard it. */
  guard: (value: unknown) => T | undefined;
  /** Where to persist; a getter because merely touching `localStorage` can throw. */
  storage?: () => Storage;
}

export function createStore<T>(key: string, { guard, storage = () => localStorage }: StoreOptions<T>): Store<T> {
  const backend = (): Storage | undefined => {
    try {
      return storage();
    } catch {
      return undefined;
    }
  };
  // Memory holds a value only while the browser refuses to store it, so it never outlives
  // a successful write or shadows another storage's copy.
  const readRaw = (): string | null => {
    try {
      return backend()?.getItem(key) ?? memory.get(key) ?? null;
    } catch {
      return memory.get(key) ?? null;
    }
  };
  return {
    key,
    read() {
      if (suspended) return undefined;
      const raw = readRaw();
      if (raw === null) return undefined;
      let value: T | undefined;
      try {
        value = guard(JSON.parse(raw));
      } catch {
        value = undefined;
      }
      if (value === undefined) this.clear();
      return value;
    },
    write(value) {
      if (suspended) return;
      const raw = JSON.stringify(value);
      try {
        const store = backend();
        if (!store) throw new Error('no storage');
        store.setItem(key, raw);
        memory.delete(key);
      } catch {
        // Kept in memory instead, with no stale copy left behind; nothing to tell the person.
        memory.set(key, raw);
        try {
          backend()?.removeItem(key);
        } catch {
          // Nothing stored there.
        }
      }
    },
    clear() {
      if (suspended) return;
      memory.delete(key);
      try {
        backend()?.removeItem(key);
      } catch {
        // Nothing stored there to clear.
      }
    },
  };
}

/**
 * Deletes every saved value whose key starts with `prefix` (`mendkit:` for everything), in
 * memory, in this tab's session storage and on the device.
 */
export function clearStores(
  prefix: string,
  storages: readonly (() => Storage)[] = [() => localStorage, () => sessionStorage],
): void {
  for (const key of [...memory.keys()]) if (key.startsWith(prefix)) memory.delete(key);
  for (const storage of storages) {
    try {
      const backend = storage();
      for (const key of Object.keys(backend)) if (key.startsWith(prefix)) backend.removeItem(key);
    } catch {
      // Storage refused: nothing was kept there.
    }
  }
}
