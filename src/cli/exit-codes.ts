// Process exit codes of the pii-gate CLI, with the text `--help` shows for them.

export const ExitCode = {
  ok: 0,
  /** Unexpected failure (I/O error, bug). Nothing unredacted is written on this path. */
  internal: 1,
  /** Bad command line: unknown option, malformed --regions, missing file. */
  usage: 2,
  /** An input line is not a valid document (not JSON, no text, text not a string) and --skip-invalid was not given. */
  invalidInput: 3,
  /** The tenants file is invalid or the tenant is unknown. */
  policy: 4,
} as const;

export const exitCodesHelp = `
Exit codes:
  0  success
  1  unexpected error (I/O failure or bug); output written so far is flushed, nothing unredacted is written
  2  usage error (unknown option, malformed value, unreadable file)
  3  invalid input line (not JSON, not an object, no "text", "text" not a string); the error names the
     line number, never its content. Lines before it are already written. Use --skip-invalid to skip
     and count such lines instead.
  4  tenant policy error (invalid tenants file, unknown tenant)

Input is JSONL, one document per line; blank lines are ignored (and counted). Offsets are UTF-16 code-unit
indices, end exclusive.
`;
