import type { Lines } from "./io";

/** A CLI verb: parses its own arguments, writes to stdout/stderr, returns the exit code. */
export interface CliVerb {
  readonly name: string;
  readonly summary: string;
  run(args: readonly string[]): Promise<number>;
}

/** Exit code of a usage error. */
export const USAGE = 2;

/** The one line a usage error may add under its own: where the help is (never the whole help, issue #11). */
export function helpHint(verb?: string): string {
  return `see kpi-review${verb ? ` ${verb}` : ""} --help / --help で使い方を表示`;
}

/** A usage error: `kpi-review <verb>: <message>` and the --help hint on stderr; exit code 2. */
export function usageError(lines: Lines, verb: string, message: string): number {
  lines.err(`kpi-review ${verb}: ${message}`);
  lines.err(helpHint(verb));
  return USAGE;
}
