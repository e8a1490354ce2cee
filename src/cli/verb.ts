import type { Lines } from "./io";

/** A CLI verb: parses its own arguments, writes to stdout/stderr, returns the exit code. */
export interface CliVerb {
  readonly name: string;
  readonly summary: string;
  run(args: readonly string[]): Promise<number>;
}

/** Exit code of a usage error. */
export const USAGE = 2;

/** A usage error: `kpi-review <verb>: <message>` and the verb's help on stderr; exit code 2. */
export function usageError(lines: Lines, verb: string, message: string, help: string): number {
  lines.err(`kpi-review ${verb}: ${message}\n${help}`);
  return USAGE;
}
