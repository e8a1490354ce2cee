/**
 * `kpi-review validate [FILE]`: checks a dataset file (default seeds/kpi-dataset.json) and prints every
 * problem as `path: message` (exit 1), or one OK line with counts (exit 0).
 * `--write-schema OUT` writes the JSON Schema generated from the zod schema (seeds/kpi-dataset.schema.json).
 */
import { datasetJsonSchemaText } from "../../domain/dataset/json-schema";
import { parseVerbArgs } from "../args";
import { DEFAULT_DATASET, printDatasetProblems, readDatasetFile, STD_LINES, writeOutput, type Lines } from "../io";
import { USAGE, usageError, type CliVerb } from "../verb";

const HELP = [
  "usage: kpi-review validate [FILE]",
  "       kpi-review validate --write-schema OUT",
  "",
  `Checks a KPI dataset file (default ${DEFAULT_DATASET}) against the schema and the rules.`,
  "Prints every problem as `path: message` and exits 1, or prints one OK line and exits 0.",
  "--write-schema OUT  writes the JSON Schema generated from src/domain/dataset/schema.ts to OUT.",
].join("\n");

const OPTIONS = { "write-schema": { type: "string" } } as const;

/** Runs the verb with injectable output, so tests can read what it prints. */
export async function runValidate(args: readonly string[], io: Lines = STD_LINES): Promise<number> {
  const parsed = parseVerbArgs(args, { options: OPTIONS, positionals: true });
  if (parsed.kind === "help") {
    io.out(HELP);
    return 0;
  }
  if (parsed.kind === "usage") {
    if (parsed.missingValue !== "--write-schema") return usageError(io, "validate", parsed.message, HELP);
    io.err("kpi-review validate: --write-schema needs an output file");
    return USAGE;
  }
  const schemaOut = parsed.values["write-schema"];
  if (schemaOut !== undefined) {
    await writeOutput(schemaOut, datasetJsonSchemaText());
    io.out(`wrote ${schemaOut}`);
    return 0;
  }
  if (parsed.positionals.length > 1) return usageError(io, "validate", "expected at most one FILE", HELP);
  const file = parsed.positionals[0] ?? DEFAULT_DATASET;
  const read = await readDatasetFile(file);
  if (!read.ok) {
    printDatasetProblems(io, file, read);
    return 1;
  }
  const d = read.dataset;
  const marked = d.indicators.filter((i) => i.verification !== null).length;
  io.out(
    `OK ${file}: dataset ${d.datasetVersion} (${d.datasetDate}), ${d.basicGoals.length} basic goals, ${d.subGoals.length} sub-goals, ` +
      `${d.measures.length} measures, ${d.indicators.length} indicators (${marked} marked for verification)`,
  );
  return 0;
}

export const verb: CliVerb = {
  name: "validate",
  summary: "check a KPI dataset file (default seeds/kpi-dataset.json)",
  run: (args) => runValidate(args),
};
