// Runs the built CLI (dist/cli/main.js) as a child process with real stdin, files and exit codes.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = join(repoRoot, 'dist/cli/main.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(cliPath)) throw new Error('dist/cli/main.js is missing: run `npm run build` before the CLI tests');
}

export function runCli(args: readonly string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {}); // the CLI may exit before reading all of stdin
    child.stdin.end(options.stdin ?? '');
  });
}

/** JSONL text from objects (strings are written as raw lines, for malformed input). */
export function jsonl(lines: readonly unknown[]): string {
  return lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n';
}

export function parseJsonl(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export interface TempDir {
  path: string;
  file(name: string, content: string): string;
  remove(): void;
}

export function createTempDir(): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'pii-gate-cli-'));
  return {
    path,
    file(name, content) {
      const filePath = join(path, name);
      writeFileSync(filePath, content);
      return filePath;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}
