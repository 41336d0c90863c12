// Golden comparison of redactDocument between two builds: every redacted document and report (timing aside) must match.
// Usage: npx tsx benchmarks/lib/engine-golden.ts --base /tmp/base-engine/dist [--head dist] [--limit 5000]
// The base is a pristine build of main (`git worktree add --detach /tmp/base-engine HEAD`, node_modules symlinked,
// `npx tsc -p tsconfig.build.json` there). Exit code 1 when any document differs.

import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import type { Action, Destination, EntityType } from '../../src/types.js';
import { ensureDevCorpus, readCorpusTexts } from './dev-corpus.js';

type Redact = (document: unknown, policy: ResolvedPolicy, destination: Destination) => { document: unknown; report: { elapsedMs: number } };
type LoadStore = (path: string, options: { watch: boolean; env?: Record<string, string> }) => { get(id: string): ResolvedPolicy | undefined };

const { values } = parseArgs({
  options: { base: { type: 'string' }, head: { type: 'string', default: 'dist' }, limit: { type: 'string', default: '5000' } },
});
if (values.base === undefined) throw new Error('--base <dist dir of a pristine build> is required');
const limit = Number(values.limit);
if (!(limit > 0)) throw new Error('--limit must be a positive number');

async function load(dist: string): Promise<{ redact: Redact; store: LoadStore }> {
  const root = pathToFileURL(`${resolve(dist)}/`);
  const engine = (await import(new URL('engine.js', root).href)) as { redactDocument: Redact };
  const policy = (await import(new URL('policy/store.js', root).href)) as { createFileTenantStore: LoadStore };
  return { redact: engine.redactDocument, store: policy.createFileTenantStore };
}

const base = await load(values.base);
const head = await load(values.head);
const tenantsPath = fileURLToPath(new URL('../../examples/tenants.yaml', import.meta.url));
const examples = base.store(tenantsPath, { watch: false, env: {} });
const exampleTenants = ['demo-uz', 'demo-kz'].map((id) => {
  const policy = examples.get(id);
  if (policy === undefined) throw new Error(`examples/tenants.yaml has no ${id}`);
  return policy;
});

/** Policies that reach every operator and engine path the example tenants do not (plain data: both builds accept it). */
function variants(template: ResolvedPolicy): ResolvedPolicy[] {
  const everywhere = { storage: true, model: true, analytics: true };
  const all = (action: Action): Record<EntityType, Action> => ({ NAME: action, PHONE: action, EMAIL: action });
  const open = { ...template, residency: { region: 'UZ', localize: false }, consent: everywhere, secret: 'golden-test-secret-0123456789' };
  return [
    { ...open, id: 'golden-keep', entities: all('keep') },
    { ...open, id: 'golden-mask', entities: all('mask') },
    { ...open, id: 'golden-pseudonymize', entities: all('pseudonymize'), fields: ['meta.comment', 'messages[*].note'] },
    { ...open, id: 'golden-remove', entities: all('remove'), deny: ['доставка', 'kuryer'] },
    { ...open, id: 'golden-template', entities: all('replace'), replaceTemplate: '<{type}/{type}>', recordConsent: 'required' },
  ];
}

const policies = [...exampleTenants, ...variants(exampleTenants[0]!)];
const destinations: Destination[] = [];
for (const purpose of ['storage', 'model', 'analytics'] as const) {
  for (const region of ['UZ', 'KZ', 'DE']) destinations.push({ purpose, region });
}

const texts = readCorpusTexts(ensureDevCorpus()).map((record) => record.text).slice(0, limit);
const consents: unknown[] = [undefined, true, false, { model: true }, ['storage']];

/** Reviews of every corpus text, the pool benchmark's joined reviews, and dialogues with authors and extra fields. */
function documents(): unknown[] {
  const out: unknown[] = texts.map((text, i) => ({ id: `r-${i}`, text, rating: i % 5 }));
  for (const bytes of [2_000, 20_000]) {
    let text = '';
    let cursor = 0;
    for (let made = 0; made < Math.min(12, texts.length) && cursor < texts.length * 4; cursor++) {
      text += (text ? '\n' : '') + texts[cursor % texts.length]!;
      if (Buffer.byteLength(text, 'utf8') >= bytes) {
        out.push({ id: `joined-${bytes}-${made++}`, text });
        text = '';
      }
    }
  }
  for (let i = 0; i + 3 < texts.length; i += 4) {
    out.push({
      id: i,
      consent: consents[i % consents.length],
      title: texts[i + 3]!.slice(0, 40),
      author: i % 8 === 0 ? 'Test Author' : { name: 'Test Author', phone: '+998 90 000 00 00', email: 'author@example.uz' },
      meta: { comment: texts[i + 2] },
      messages: [
        { author: { name: 'Test Author' }, text: texts[i], note: texts[i + 1] },
        { author: 'Support Agent', text: texts[i + 1] },
        { text: texts[i + 2], author: null },
      ],
    });
  }
  return out;
}

/** The outcome as text, timing left out; an error counts by its code (both builds must fail the same way). */
function outcome(redact: Redact, document: unknown, policy: ResolvedPolicy, destination: Destination): string {
  try {
    const { document: redacted, report } = redact(document, policy, destination);
    return JSON.stringify([redacted, { ...report, elapsedMs: 0 }]);
  } catch (error) {
    return `error ${(error as { code?: string }).code ?? String(error)}`;
  }
}

const docs = documents();
let compared = 0;
let differences = 0;
const started = performance.now();
for (const policy of policies) {
  for (const destination of destinations) {
    for (const document of docs) {
      compared += 1;
      if (outcome(base.redact, document, policy, destination) === outcome(head.redact, document, policy, destination)) continue;
      differences += 1;
      // Ids only: the documents are synthetic, but a diff tool should not print text.
      if (differences <= 20) process.stdout.write(`differs: ${policy.id} ${destination.purpose}/${destination.region} ${String((document as { id: unknown }).id)}\n`);
    }
  }
}
process.stdout.write(
  `${differences} differences in ${compared} redactions (${docs.length} documents × ${policies.length} policies × ${destinations.length} destinations), ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
process.exitCode = differences === 0 ? 0 : 1;
