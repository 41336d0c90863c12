// Finds the dev corpus, regenerating it when it is missing or older than the generator that writes it.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCorpusPath, writeDevCorpus } from '../generate-corpus.js';

const generatorDirs = ['../fixtures/', './'].map((relative) => fileURLToPath(new URL(relative, import.meta.url)));
const generatorEntry = fileURLToPath(new URL('../generate-corpus.ts', import.meta.url));

function newestGeneratorChange(): number {
  let newest = statSync(generatorEntry).mtimeMs;
  for (const dir of generatorDirs) {
    for (const name of readdirSync(dir)) newest = Math.max(newest, statSync(join(dir, name)).mtimeMs);
  }
  return newest;
}

/** Path of an up-to-date dev corpus (generated here when needed; logs to stderr when it does). */
export function ensureDevCorpus(path = defaultCorpusPath): string {
  if (!existsSync(path) || statSync(path).mtimeMs < newestGeneratorChange()) {
    const written = writeDevCorpus(path);
    process.stderr.write(`generated dev corpus: ${written.records} records, ${(written.bytes / 1e6).toFixed(2)} MB\n`);
  }
  return path;
}

export interface CorpusText {
  id: string;
  lang: string;
  text: string;
}

export function readCorpusTexts(path: string): CorpusText[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { id, lang, text } = JSON.parse(line) as CorpusText;
      return { id, lang, text };
    });
}
