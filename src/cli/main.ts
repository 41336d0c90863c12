#!/usr/bin/env node
// pii-gate command line: detect | redact | eval | serve. Errors print codes and line numbers, never content.

import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { PiiGateError } from '../errors.js';
import { CliError } from './errors.js';
import { ExitCode, exitCodesHelp } from './exit-codes.js';
import { batchHeapFlags, boundHeap } from './heap.js';

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

const batchCommands = new Set(['detect', 'redact', 'eval']);

/**
 * The HTTP stack behind `serve` (express, pino, prom-client, piscina) takes about 0.9 s to load on this machine,
 * more than a small `detect` run itself; batch commands skip it. Help and unknown commands still see `serve`.
 */
function needsServeCommand(argv: readonly string[]): boolean {
  const command = commandOf(argv);
  return command === undefined || !batchCommands.has(command);
}

/**
 * `serve` detects nothing on its main thread (the pool's workers do): the batch commands and the detection modules
 * they import (~4 MB of heap) stay unloaded there. Help and unknown commands still see every command.
 */
function needsBatchCommands(argv: readonly string[]): boolean {
  return commandOf(argv) !== 'serve';
}

function commandOf(argv: readonly string[]): string | undefined {
  return argv.slice(2).find((arg) => !arg.startsWith('-'));
}

export async function buildProgram(argv: readonly string[]): Promise<Command> {
  const program = new Command('pii-gate');
  program
    .description('PII redaction gate: names, phone numbers and e-mails in Russian, Uzbek, Kazakh, Kyrgyz and English text')
    .version(packageVersion())
    // Commander exits with 1 on usage errors; route them to our own code so 1 stays "unexpected".
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', exitCodesHelp);
  // Loaded here, not at the top: the engine's tables are allocated on import, after main() has set the heap flags.
  if (needsBatchCommands(argv)) {
    const [{ registerDetectCommand }, { registerRedactCommand }, { registerEvalCommand }] = await Promise.all([
      import('./detect-command.js'),
      import('./redact-command.js'),
      import('./eval-command.js'),
    ]);
    registerDetectCommand(program);
    registerRedactCommand(program);
    registerEvalCommand(program);
  }
  if (needsServeCommand(argv)) {
    const { registerServeCommand } = await import('./serve.js');
    registerServeCommand(program);
  }
  return program;
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof PiiGateError) return error.code.startsWith('ERR_PII_POLICY') ? ExitCode.policy : ExitCode.internal;
  return ExitCode.internal;
}

// Only messages we wrote ourselves are printed: an arbitrary error message could quote a document.
function describeError(error: unknown): string | undefined {
  if (error instanceof CommanderError) return undefined; // commander has printed it already
  if (error instanceof CliError) return error.message;
  if (error instanceof PiiGateError) return `${error.code}: ${error.message}`;
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined;
  const name = error instanceof Error ? error.name : typeof error;
  const hint = process.env.PII_GATE_DEBUG ? '' : ' (set PII_GATE_DEBUG=1 for the stack trace)';
  return `unexpected error ${name}${code ? ` ${code}` : ''}${hint}`;
}

function isClosedPipe(error: unknown): boolean {
  return Boolean(error && typeof error === 'object' && 'code' in error && error.code === 'EPIPE');
}

export async function main(argv: readonly string[]): Promise<number> {
  // Before the engine allocates anything: a streaming run then peaks at about half the RSS (heap.ts). Not for
  // `serve`: the same old-generation rule cost ~40% more CPU per request there (more full GCs of the HTTP heap).
  if (!needsServeCommand(argv)) boundHeap(batchHeapFlags);
  try {
    await (await buildProgram(argv)).parseAsync([...argv]);
    return ExitCode.ok;
  } catch (error) {
    // The reader went away (`pii-gate detect … | head`): not an error worth a message.
    if (isClosedPipe(error)) return ExitCode.ok;
    const message = describeError(error);
    if (message) process.stderr.write(`pii-gate: ${message}\n`);
    if (process.env.PII_GATE_DEBUG && error instanceof Error && !(error instanceof CommanderError)) {
      process.stderr.write(`${error.stack ?? ''}\n`);
    }
    return exitCodeFor(error);
  }
}

process.stdout.on('error', (error: Error) => {
  if (isClosedPipe(error)) process.exit(ExitCode.ok);
});

process.exitCode = await main(process.argv);
