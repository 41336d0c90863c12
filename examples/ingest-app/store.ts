// A minimal JSONL file store: one file per collection, one record per line, appended.

import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface JsonlStore {
  append(collection: string, record: unknown): Promise<void>;
  readAll(collection: string): Promise<unknown[]>;
}

export function createJsonlStore(dir: string): JsonlStore {
  const fileOf = (collection: string): string => {
    if (!/^[a-z][a-z0-9-]*$/.test(collection)) throw new Error('collection names are lower-case words');
    return join(dir, `${collection}.jsonl`);
  };
  let ready: Promise<unknown> | undefined;
  return {
    async append(collection, record) {
      ready ??= mkdir(dir, { recursive: true });
      await ready;
      // One appendFile call per line: O_APPEND keeps concurrent small writes whole.
      await appendFile(fileOf(collection), `${JSON.stringify(record)}\n`, 'utf8');
    },
    async readAll(collection) {
      const text = await readFile(fileOf(collection), 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return '';
        throw error;
      });
      return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as unknown);
    },
  };
}
