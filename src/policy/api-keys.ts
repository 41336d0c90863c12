// API keys are stored as `sha256:<hex>`; lookups hash the presented key and compare in constant time.

import { createHash, timingSafeEqual } from 'node:crypto';

export function hashApiKey(key: string): string {
  return `sha256:${createHash('sha256').update(key, 'utf8').digest('hex')}`;
}

/**
 * Index of the first entry whose hash matches `key`, or -1. Compares against every entry, without stopping at the
 * first match, so timing says nothing about which entry (or whether any) matched.
 */
export function matchApiKey(key: string, hashes: readonly string[]): number {
  const presented = createHash('sha256').update(key, 'utf8').digest();
  let matched = -1;
  hashes.forEach((entry, index) => {
    const stored = Buffer.from(entry.slice('sha256:'.length), 'hex');
    if (stored.length === presented.length && timingSafeEqual(stored, presented) && matched === -1) matched = index;
  });
  return matched;
}
