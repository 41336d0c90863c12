// Command-line flags of the benchmark scripts that take a value (`--corpus F`), read from process.argv.

/** The value after `flag`, or undefined when the flag is absent; throws when the flag has no value. */
export function optionValue(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
  return value;
}
