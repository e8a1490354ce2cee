/**
 * `kpi-review validate [FILE]`: checks a dataset file (default seeds/kpi-dataset.json) and prints every
 * problem as `path: message` (exit 1), or one OK line with counts (exit 0).
 * `--write-schema OUT` writes the JSON Schema generated from the zod schema (seeds/kpi-dataset.schema.json).
 */
import { promises as fs } from "node:fs";
import { datasetJsonSchemaText } from "../../domain/dataset/json-schema";
import { MAX_DATASET_BYTES, parseDatasetText } from "../../domain/dataset/parse";
import type { CliVerb } from "../verb";

export const DEFAULT_DATASET = "seeds/kpi-dataset.json";

const HELP = [
  "usage: kpi-review validate [FILE]",
  "       kpi-review validate --write-schema OUT",
  "",
  `Checks a KPI dataset file (default ${DEFAULT_DATASET}) against the schema and the rules.`,
  "Prints every problem as `path: message` and exits 1, or prints one OK line and exits 0.",
  "--write-schema OUT  writes the JSON Schema generated from src/domain/dataset/schema.ts to OUT.",
].join("\n");

interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const STD_IO: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

async function readText(file: string, io: Io): Promise<string | null> {
  try {
    const stat = await fs.stat(file);
    // Refuse before reading: the limit also protects memory.
    if (stat.size > MAX_DATASET_BYTES) {
      io.out(`${file}: the file is ${stat.size} bytes, over the limit of ${MAX_DATASET_BYTES} bytes`);
      return null;
    }
    return await fs.readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.out(`${file}: ${code === "ENOENT" ? "no such file" : error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** Runs the verb with injectable output, so tests can read what it prints. */
export async function runValidate(args: readonly string[], io: Io = STD_IO): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    io.out(HELP);
    return 0;
  }
  const schemaAt = args.indexOf("--write-schema");
  if (schemaAt >= 0) {
    const out = args[schemaAt + 1];
    if (!out) {
      io.err("kpi-review validate: --write-schema needs an output file");
      return 2;
    }
    await fs.writeFile(out, datasetJsonSchemaText(), "utf8");
    io.out(`wrote ${out}`);
    return 0;
  }
  const positional = args.filter((a) => !a.startsWith("-"));
  if (positional.length > 1 || positional.length !== args.length) {
    io.err(`kpi-review validate: expected at most one FILE\n${HELP}`);
    return 2;
  }
  const file = positional[0] ?? DEFAULT_DATASET;
  const text = await readText(file, io);
  if (text === null) return 1;
  const result = parseDatasetText(text, file);
  if (!result.ok) {
    for (const p of result.problems) io.out(`${p.path}: ${p.message}`);
    io.err(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}`);
    return 1;
  }
  const d = result.dataset;
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
