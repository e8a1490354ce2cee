/**
 * kpi-review: one command, its verbs listed below (README shows their use). Each verb lives in ./verbs/<verb>.ts
 * and exports `run(args): Promise<number>` (the exit code). Files in, files out; an input is never overwritten.
 */
// Every section of the text catalogue: the verbs translate problems of any feature (the pane loads them per panel).
import "../i18n/sections/all";
import { helpHint, type CliVerb } from "./verb";

const VERBS: Readonly<Record<string, () => Promise<CliVerb>>> = {
  workbook: async () => (await import("./verbs/workbook")).verb,
  validate: async () => (await import("./verbs/validate")).verb,
  comments: async () => (await import("./verbs/comments")).verb,
  minutes: async () => (await import("./verbs/minutes")).verb,
  refresh: async () => (await import("./verbs/refresh")).verb,
  revise: async () => (await import("./verbs/revise")).verb,
  evaluation: async () => (await import("./verbs/evaluation")).verb,
  datacall: async () => (await import("./verbs/datacall")).verb,
  report: async () => (await import("./verbs/report")).verb,
};

function usage(): string {
  const lines = Object.keys(VERBS).map((v) => `  kpi-review ${v} --help`);
  return ["usage: kpi-review <verb> [options]", "verbs:", ...lines].join("\n");
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h") {
    process.stdout.write(usage() + "\n");
    return name === undefined ? 2 : 0;
  }
  const load = VERBS[name];
  if (!load) {
    process.stderr.write(
      `kpi-review: unknown verb "${name}" (verbs: ${Object.keys(VERBS).join(", ")})\n${helpHint()}\n`,
    );
    return 2;
  }
  const verb = await load();
  return verb.run(args);
}

/**
 * The one line an error that no verb foresaw prints (the verbs answer bad input themselves): its message, no stack
 * trace, unless KPI_REVIEW_DEBUG=1 asks for where it came from.
 */
export function crashLine(error: unknown, debug = process.env.KPI_REVIEW_DEBUG === "1"): string {
  if (debug && error instanceof Error && error.stack) return `kpi-review: ${error.stack}`;
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
  return `kpi-review: unexpected error: ${message} (KPI_REVIEW_DEBUG=1 prints where)`;
}

/** Runs the CLI as a process: the exit code of the verb, or 1 and the crash line. */
export function runProcess(argv: readonly string[]): Promise<void> {
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${crashLine(error)}\n`);
      process.exitCode = 1;
    },
  );
}

// `tsx src/cli/main.ts` (npm run cli:dev); the bundle starts from ./bundle-entry.ts instead.
if (require.main === module) void runProcess(process.argv.slice(2));
