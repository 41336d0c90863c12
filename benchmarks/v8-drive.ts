// Runs the compiled detect() (dist/, `npm run build` first) over the dev corpus many times, for V8's own tools:
//   node --import tsx benchmarks/v8-drive.ts --passes 30                      steady-state MB per CPU-second
//   node --trace-opt --trace-deopt --import tsx benchmarks/v8-drive.ts --mark   deopts per pass (=== pass N lines)
//   perf record -g -F 999 node --perf-basic-prof --import tsx benchmarks/v8-drive.ts --passes 30
// --root <dir> drives another build's dist/ (e.g. a pristine tree) the same way.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    corpus: { type: 'string', default: fileURLToPath(new URL('out/dev-corpus.jsonl', import.meta.url)) },
    passes: { type: 'string', default: '20' },
    mark: { type: 'boolean', default: false },
  },
});
const passes = Number(values.passes);
if (!(passes > 0)) throw new Error('--passes must be a positive number');

const { detect } = (await import(pathToFileURL(`${resolve(values.root)}/dist/detect/index.js`).href)) as { detect(text: string): unknown };
const texts = readFileSync(values.corpus, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;

const perPass: number[] = [];
for (let pass = 0; pass < passes; pass++) {
  // A line on stdout between passes, so V8's trace output (also stdout) can be split by pass.
  if (values.mark) console.log(`=== pass ${pass}`);
  const started = process.cpuUsage();
  for (const text of texts) detect(text);
  const used = process.cpuUsage(started);
  perPass.push(megabytes / ((used.user + used.system) / 1e6));
}
// The last third of the passes: V8 has finished compiling by then (background compile stops after ~10 passes).
const steady = perPass.slice(Math.floor((passes * 2) / 3)).sort((a, b) => a - b);
console.error(`${texts.length} texts, ${megabytes.toFixed(2)} MB, ${passes} passes: steady-state MB per CPU-second median ${steady[Math.floor(steady.length / 2)]!.toFixed(2)}, best ${steady[steady.length - 1]!.toFixed(2)}`);
