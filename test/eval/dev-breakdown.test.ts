// Dev-corpus breakdowns: scores per genre, and NAME recall on rare versus common names.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDevBreakdown } from '../../benchmarks/lib/breakdown.js';

const dir = mkdtempSync(join(tmpdir(), 'pii-gate-breakdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = 'Salom Ziyodulla va Jasur';
const rareName = { start: 6, end: 15, type: 'NAME' as const };
const commonName = { start: 19, end: 24, type: 'NAME' as const };

describe('createDevBreakdown', () => {
  it('splits NAME recall by the rare flag and scores per genre', () => {
    const path = join(dir, 'dev.jsonl');
    const line = { id: 'dev/1', lang: 'uz-latn', genre: 'chat', text, spans: [{ ...rareName, rare: true }, commonName] };
    writeFileSync(path, `${JSON.stringify(line)}\n`);
    const breakdown = createDevBreakdown(path);
    breakdown.onScored({ id: 'dev/1', lang: 'uz-latn', text, gold: [rareName, commonName], predicted: [commonName] });
    expect(breakdown.nameRecall()).toEqual({ rare: { entities: 1, caught: 0 }, common: { entities: 1, caught: 1 } });
    expect(breakdown.byGenre().byLang.chat!.NAME).toMatchObject({ entities: 2, caught: 1, recall: 0.5 });
  });
});
