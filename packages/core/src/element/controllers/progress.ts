import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createStore, storageKey, type Store } from '../storage.js';

/**
 * Where a widget keeps the person's progress:
 * - `session`: for this tab only; it survives a reload and is gone when the tab closes;
 * - `device`: in this browser across visits (anyone using the device could see it);
 * - `none`: in memory only; a reload starts afresh.
 */
export type Persistence = 'session' | 'device' | 'none';

export const persistenceModes: readonly Persistence[] = ['session', 'device', 'none'];

/** What the controller needs from its element. */
export interface ProgressHost extends ReactiveControllerHost {
  /** The persistence mode the site chose (attribute `persist`). */
  readonly persistence: Persistence;
  /** A site-chosen key, so two widgets with the same content keep separate progress. */
  readonly storageKey: string | undefined;
}

/** The document whose progress is kept: its id, and its version's major part keys the store. */
export interface ProgressDocument {
  id: string;
  version: string;
}

export interface ProgressOptions<T, Doc extends ProgressDocument> {
  /** The content kind, the middle part of the key (`mendkit:quiz:…`). */
  kind: string;
  /** Accepts saved data for this document (dropping what no longer fits), or returns undefined. */
  guard: (value: unknown, doc: Doc) => T | undefined;
  /**
   * Whether a value may stay on the device at all. Progress that fails this is never written,
   * and finding it in storage deletes it (the quiz refuses anything holding a flagged answer).
   */
  keep?: (value: T, doc: Doc) => boolean;
}

const storageFor = (mode: Persistence): (() => Storage) | undefined =>
  mode === 'device' ? () => localStorage : mode === 'session' ? () => sessionStorage : undefined;

/**
 * Saved progress for one widget: one storage key rule, one persistence rule and one rule for the
 * same document loading again (a new language, a minor update): what is saved wins, else the
 * progress in memory is kept. Storage that throws falls back to memory (see `createStore`).
 */
export class ProgressController<T, Doc extends ProgressDocument = ProgressDocument> implements ReactiveController {
  readonly #host: ProgressHost;
  readonly #options: ProgressOptions<T, Doc>;
  #doc: Doc | undefined;
  #memory: T | undefined;
  /** Set by `forget()`: nothing more is written until `clear()`. */
  #forgotten = false;

  constructor(host: ProgressHost, options: ProgressOptions<T, Doc>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  // Lit calls the hooks a controller has; this one only needs to be known to its host.
  hostConnected(): void {}

  /** The key progress for `doc` is kept under, whatever the mode. */
  keyFor(doc: ProgressDocument): string {
    return storageKey(this.#options.kind, this.#host.storageKey?.trim() || doc.id, doc.version);
  }

  /** The progress to show for a newly loaded document, or undefined to start afresh. */
  restore(doc: Doc): T | undefined {
    const same = this.#doc !== undefined && this.#doc.id === doc.id;
    this.#doc = doc;
    if (!same) {
      this.#memory = undefined;
      this.#forgotten = false;
    }
    const saved = this.#forgotten ? undefined : this.#read(doc);
    const value = saved ?? (same && this.#memory !== undefined ? this.#options.guard(this.#memory, doc) : undefined);
    this.#memory = value;
    return value;
  }

  /** Keeps the progress in memory and, unless forgotten or refused by `keep`, in the chosen storage. */
  save(value: T): void {
    this.#memory = value;
    const doc = this.#doc;
    if (!doc || this.#forgotten) return;
    const store = this.#store(doc);
    if (!store) return;
    if (this.#options.keep && !this.#options.keep(value, doc)) {
      this.forget();
      return;
    }
    store.write(value);
  }

  /** Deletes saved progress and keeps nothing more on the device until `clear()`; memory stays. */
  forget(): void {
    this.#forgotten = true;
    this.#deleteSaved();
  }

  /** Whether `forget()` is in force. */
  get forgotten(): boolean {
    return this.#forgotten;
  }

  /** Forgets everything, in memory and in storage, and saves normally again from now on. */
  clear(): void {
    this.#memory = undefined;
    this.#forgotten = false;
    this.#deleteSaved();
  }

  #deleteSaved(): void {
    const doc = this.#doc;
    if (!doc) return;
    // Wherever it may be: a mode changed since it was written must not leave a copy behind.
    for (const mode of persistenceModes) this.#storeIn(mode, doc)?.clear();
  }

  #store(doc: Doc): Store<T> | undefined {
    return this.#storeIn(this.#host.persistence, doc);
  }

  #storeIn(mode: Persistence, doc: Doc): Store<T> | undefined {
    const storage = storageFor(mode);
    if (!storage) return undefined;
    return createStore(this.keyFor(doc), { guard: (value) => this.#options.guard(value, doc), storage });
  }

  #read(doc: Doc): T | undefined {
    const store = this.#store(doc);
    if (!store) return undefined;
    let value = store.read();
    if (this.#host.persistence === 'session') {
      // Before 0.2 everything was kept on the device: read such a copy once, then move it here or drop it.
      const legacy = this.#storeIn('device', doc);
      const old = legacy?.read();
      legacy?.clear();
      if (value === undefined && old !== undefined) {
        value = old;
        if (this.#acceptable(value, doc)) store.write(value);
      }
    }
    if (value !== undefined && !this.#acceptable(value, doc)) {
      store.clear();
      return undefined;
    }
    return value;
  }

  #acceptable(value: T, doc: Doc): boolean {
    return !this.#options.keep || this.#options.keep(value, doc);
  }
}
