/**
 * `kpi-review validate [FILE]`: checks a dataset file (default seeds/kpi-dataset.json) and prints every
 * problem as `path: message` (exit 1), or one OK line with counts (exit 0).
 * `--write-schema OUT` writes the JSON Schema generated from the zod schema (seeds/kpi-dataset.schema.json).
 */
import { readFile, stat } from "node:fs/promises";
import { datasetJsonSchemaText } from "../../domain/dataset/json-schema";
import { parseVerbArgs } from "../args";
import {
  DEFAULT_DATASET,
  outputFailed,
  printDatasetProblems,
  readDatasetFile,
  STD_LINES,
  writeOutputFile,
  type Lines,
} from "../io";
import { USAGE, usageError, type CliVerb } from "../verb";

const HELP = [
  "usage: kpi-review validate [FILE]",
  "       kpi-review validate --write-schema OUT",
  "",
  `Checks a KPI dataset file (default ${DEFAULT_DATASET}) against the schema and the rules.`,
  "Prints every problem as `path: message` and exits 1, or prints one OK line and exits 0.",
  "--write-schema OUT  writes the JSON Schema generated from src/domain/dataset/schema.ts to OUT; an existing OUT is",
  "                    replaced only when it is a JSON Schema itself (never a dataset).",
].join("\n");

const OPTIONS = { "write-schema": { type: "string" } } as const;

/**
 * Whether --write-schema may write at `path`: nothing there, or a JSON Schema (an older generated one, the only file
 * it may replace). Anything else, a dataset above all, holds someone's data.
 */
async function replaceableSchema(path: string): Promise<boolean> {
  const existing = await stat(path).catch(() => null);
  if (existing === null || existing.isDirectory()) return true; // a folder is refused by the write, with its reason
  try {
    const json: unknown = JSON.parse(await readFile(path, "utf8"));
    return typeof json === "object" && json !== null && typeof (json as { $schema?: unknown }).$schema === "string";
  } catch {
    return false;
  }
}

/** Runs the verb with injectable output, so tests can read what it prints. */
export async function runValidate(args: readonly string[], io: Lines = STD_LINES): Promise<number> {
  const parsed = parseVerbArgs(args, { options: OPTIONS, positionals: true });
  if (parsed.kind === "help") {
    io.out(HELP);
    return 0;
  }
  if (parsed.kind === "usage") {
    if (parsed.missingValue !== "--write-schema") return usageError(io, "validate", parsed.message);
    io.err("kpi-review validate: --write-schema needs an output file");
    return USAGE;
  }
  const schemaOut = parsed.values["write-schema"];
  if (schemaOut !== undefined) {
    if (!(await replaceableSchema(schemaOut))) {
      io.err(
        `kpi-review validate: --write-schema ${schemaOut} exists and is not a JSON Schema (a dataset?); refusing to ` +
          "overwrite it: give a new file name, or delete the file first",
      );
      return USAGE;
    }
    const written = await writeOutputFile(schemaOut, datasetJsonSchemaText());
    if (!written.ok) return outputFailed(io, "validate", written.problem);
    io.out(`wrote ${schemaOut}`);
    return 0;
  }
  if (parsed.positionals.length > 1) return usageError(io, "validate", "expected at most one FILE");
  const file = parsed.positionals[0] ?? DEFAULT_DATASET;
  const read = await readDatasetFile(file);
  if (!read.ok) {
    printDatasetProblems(io, file, read);
    return 1;
  }
  const d = read.dataset;
  const marked = d.indicators.filter((i) => i.verification !== null).length;
  // 担当課 and target revisions (issue #12) are counted only when the dataset has them.
  const departments = d.indicators.filter((i) => i.department !== null).length;
  const revisions = d.revisions?.length ?? 0;
  io.out(
    `OK ${file}: dataset ${d.datasetVersion} (${d.datasetDate}), ${d.basicGoals.length} basic goals, ${d.subGoals.length} sub-goals, ` +
      `${d.measures.length} measures, ${d.indicators.length} indicators (${marked} marked for verification` +
      `${departments > 0 ? `, ${departments} with a 担当課` : ""})` +
      `${revisions > 0 ? `, ${revisions} target revision${revisions === 1 ? "" : "s"}` : ""}`,
  );
  return 0;
}

export const verb: CliVerb = {
  name: "validate",
  summary: "check a KPI dataset file (default seeds/kpi-dataset.json)",
  run: (args) => runValidate(args),
};
