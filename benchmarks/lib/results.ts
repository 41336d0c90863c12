// Writes one `## Section` of benchmarks/RESULTS.md in place, leaving every other section (owned by others) as is.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

export const resultsPath = fileURLToPath(new URL('../RESULTS.md', import.meta.url));

const preamble = `# pii-gate benchmark results

Each section is rewritten by the script named in it; numbers come from the machine and date it states.
`;

/** Replaces the body under `## <title>` (up to the next `## ` heading), or appends the section. */
export function replaceSection(markdown: string, title: string, body: string): string {
  const heading = `## ${title}`;
  const section = `${heading}\n\n${body.trim()}\n`;
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start === -1) return `${markdown.trimEnd()}\n\n${section}`;
  let end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  if (end === -1) end = lines.length;
  const before = lines.slice(0, start).join('\n').trimEnd();
  const after = lines.slice(end).join('\n').trim();
  return `${before}\n\n${section}${after ? `\n${after}\n` : ''}`;
}

export function updateResultsSection(title: string, body: string, path = resultsPath): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : preamble;
  writeFileSync(path, replaceSection(current, title, body));
}

export function machineDescription(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${availableParallelism()} CPUs (nproc) — ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
}

export function runStamp(command: string): string {
  // The benchmark machine is shared; the load average tells a reader how much the numbers were squeezed.
  const [one = 0, five = 0] = loadavg();
  return [
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/u, 'Z')}`,
    `- Command: \`${command}\``,
    `- Machine: ${machineDescription()}`,
    `- Load average when the run started: ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min) on ${availableParallelism()} CPUs`,
  ].join('\n');
}
