/** A CLI verb: parses its own arguments, writes to stdout/stderr, returns the exit code. */
export interface CliVerb {
  readonly name: string;
  readonly summary: string;
  run(args: readonly string[]): Promise<number>;
}
