// Opens the CLI's input and output: a file path, or stdin/stdout when none is given.

import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CliError } from './errors.js';
import { ExitCode } from './exit-codes.js';

export interface OpenedInput {
  stream: Readable;
  /** Size in bytes when the input is a regular file (drives the progress bar's ETA). */
  totalBytes: number | undefined;
}

export function openInput(path: string | undefined): OpenedInput {
  if (path === undefined || path === '-') return { stream: process.stdin, totalBytes: undefined };
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new Error('not a regular file');
    size = stats.size;
  } catch (error) {
    throw new CliError(`cannot read input file ${path}: ${describe(error)}`, ExitCode.usage);
  }
  return { stream: createReadStream(path), totalBytes: size };
}

export function openOutput(path: string | undefined): Writable {
  if (path === undefined || path === '-') return process.stdout;
  // createWriteStream reports a missing directory only later, as an I/O error; say it is a usage error up front.
  const directory = dirname(resolve(path));
  let isDirectory = false;
  try {
    isDirectory = statSync(directory).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) throw new CliError(`cannot write output file ${path}: directory ${directory} does not exist`, ExitCode.usage);
  return createWriteStream(path);
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
