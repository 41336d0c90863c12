// TenantStore: where policies come from. In memory, or a YAML file with hot reload (the embedded default).

import { type FSWatcher, readFileSync, unwatchFile, watch, watchFile } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { PiiGateError } from '../errors.js';
import { matchApiKey } from './api-keys.js';
import { parseTenantsYaml } from './parse.js';
import type { ResolvedPolicy } from './types.js';

export { parseTenantsYaml } from './parse.js';

export interface TenantStore {
  get(id: string): ResolvedPolicy | undefined;
  /** The tenant owning this API key (sha256 + timingSafeEqual), if any. */
  findByApiKey(key: string): ResolvedPolicy | undefined;
  list(): string[];
  close?(): void;
  /** Called after each successful reload; returns an unsubscribe function. */
  onChange?(listener: () => void): () => void;
  /** Increases by one on every successful (re)load. */
  readonly version: number;
}

export interface FileTenantStore extends TenantStore {
  readonly path: string;
  /** Re-reads the file now. A bad file keeps the current policies; the error goes to onReloadError and is returned. */
  reload(): PiiGateError | undefined;
  close(): void;
  onChange(listener: () => void): () => void;
}

export interface FileTenantStoreOptions {
  /** Reload when the file changes. Default true. */
  watch?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Called when a changed file cannot be loaded; the previous policies stay in force. */
  onReloadError?(error: PiiGateError): void;
  /** Editors write a file in several steps; wait this long after the last event. Default 100 ms. */
  debounceMs?: number;
}

const fileStoreDefaults = { watch: true, debounceMs: 100 } as const;

interface Snapshot {
  byId: ReadonlyMap<string, ResolvedPolicy>;
  /** Every tenant's key hashes, flattened; `keyOwners[i]` owns `keyHashes[i]`. */
  keyHashes: readonly string[];
  keyOwners: readonly ResolvedPolicy[];
}

function snapshotOf(policies: readonly ResolvedPolicy[]): Snapshot {
  return {
    byId: new Map(policies.map((policy) => [policy.id, policy])),
    keyHashes: policies.flatMap((policy) => policy.apiKeys),
    keyOwners: policies.flatMap((policy) => policy.apiKeys.map(() => policy)),
  };
}

function findInSnapshot(snapshot: Snapshot, key: string): ResolvedPolicy | undefined {
  return snapshot.keyOwners[matchApiKey(key, snapshot.keyHashes)];
}

export function createMemoryTenantStore(policies: readonly ResolvedPolicy[]): TenantStore {
  const snapshot = snapshotOf(policies);
  return {
    version: 1,
    get: (id) => snapshot.byId.get(id),
    findByApiKey: (key) => findInSnapshot(snapshot, key),
    list: () => [...snapshot.byId.keys()],
  };
}

/** Loads `path` now (throws on a bad file: config errors surface at start-up) and, by default, reloads it on change. */
export function createFileTenantStore(path: string, options: FileTenantStoreOptions = {}): FileTenantStore {
  const settings = { ...fileStoreDefaults, ...dropUndefined(options) };
  const absolutePath = resolve(path);
  const load = (): Snapshot => {
    let text: string;
    try {
      text = readFileSync(absolutePath, 'utf8');
    } catch (error) {
      throw new PiiGateError('ERR_PII_POLICY_INVALID', `cannot read tenants file ${basename(absolutePath)}`, { cause: error });
    }
    return snapshotOf(parseTenantsYaml(text, { ...(settings.env ? { env: settings.env } : {}), baseDir: dirname(absolutePath) }));
  };

  let snapshot = load();
  let version = 1;
  const listeners = new Set<() => void>();
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let polling = false;

  const store: FileTenantStore = {
    path: absolutePath,
    get version() {
      return version;
    },
    get: (id) => snapshot.byId.get(id),
    findByApiKey: (key) => findInSnapshot(snapshot, key),
    list: () => [...snapshot.byId.keys()],
    reload() {
      try {
        snapshot = load();
      } catch (error) {
        const failure = error instanceof PiiGateError ? error : new PiiGateError('ERR_PII_POLICY_INVALID', 'reload failed', { cause: error });
        settings.onReloadError?.(failure);
        return failure;
      }
      version += 1;
      for (const listener of listeners) listener();
      return undefined;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      if (timer) clearTimeout(timer);
      watcher?.close();
      if (polling) unwatchFile(absolutePath);
      listeners.clear();
    },
  };

  if (settings.watch) {
    const schedule = (): void => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => store.reload(), settings.debounceMs);
      timer.unref();
    };
    // Watch the directory, not the file: editors and `mv` replace the file, which ends a watch on the old inode.
    try {
      const name = basename(absolutePath);
      watcher = watch(dirname(absolutePath), { persistent: false }, (_event, filename) => {
        if (filename === null || filename.toString() === name) schedule();
      });
      watcher.on('error', () => undefined);
    } catch {
      // fs.watch is unavailable on some network file systems; polling works everywhere.
      polling = true;
      watchFile(absolutePath, { interval: 1000, persistent: false }, schedule);
    }
  }
  return store;
}

/** Runtime guard for user-supplied stores. */
export function isTenantStore(value: unknown): value is TenantStore {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<TenantStore>;
  return typeof candidate.get === 'function' && typeof candidate.findByApiKey === 'function' && typeof candidate.list === 'function';
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
