// CLI failures carry their exit code; messages name line numbers and fields, never document content.

import { ExitCode } from './exit-codes.js';

type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export class CliError extends Error {
  readonly exitCode: ExitCodeValue;

  constructor(message: string, exitCode: ExitCodeValue) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export class InvalidLineError extends CliError {
  readonly lineNumber: number;

  constructor(lineNumber: number, problem: string) {
    super(`line ${lineNumber}: ${problem} (use --skip-invalid to skip and count such lines)`, ExitCode.invalidInput);
    this.name = 'InvalidLineError';
    this.lineNumber = lineNumber;
  }
}
