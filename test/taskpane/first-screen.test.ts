/**
 * What the pane's first screen loads: the modules reachable by static imports from the entry, and from the panel
 * shown first, must not include the dataset, zod, the use cases or the Office writers. Those are webpack chunks
 * fetched by import() when a panel is opened or a button pressed. (The bench measures the bytes: pane-chunks.ts.)
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** Resolves a relative specifier the way the bundler does for our sources. */
function resolveLocal(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (existsSync(candidate) && !candidate.endsWith(path.sep) && /\.(tsx?|json)$/.test(candidate)) return candidate;
  }
  throw new Error(`${path.relative(ROOT, from)}: cannot resolve ${spec}`);
}

/** Static value imports and re-exports (`import type` / `export type` are erased; `import()` is a chunk). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm)) {
    out.push(m[1] as string);
  }
  return out;
}

/** Every module reached from `entry` by static imports: our files relative to the repo, packages by name. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [path.join(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    const key = path.relative(ROOT, file);
    if (seen.has(key)) continue;
    seen.add(key);
    if (file.endsWith(".json")) continue;
    for (const spec of staticImports(file)) {
      if (spec.startsWith(".")) queue.push(resolveLocal(file, spec));
      else seen.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] as string));
    }
  }
  return seen;
}

const HEAVY = [
  /^zod$/,
  /^exceljs$/,
  /^docx$/,
  /^seeds\/kpi-dataset\.json$/,
  /^src\/taskpane\/bundled-dataset\.ts$/,
  /^src\/domain\/dataset\/(validate|schema)\.ts$/,
  /^src\/app\//,
  /^src\/plan\//,
  /^src\/refresh\//,
  /^src\/adapters\/office\/(apply-plan|create-port|refresh-office)\.ts$/,
];
const heavyIn = (graph: Set<string>) => [...graph].filter((m) => HEAVY.some((re) => re.test(m)));

describe("the pane's first screen", () => {
  it("the entry reaches React, Fluent and the catalogue, and none of the heavy modules", () => {
    const graph = staticGraph("src/taskpane/index.tsx");
    expect([...graph]).toEqual(
      expect.arrayContaining([
        "react",
        "@fluentui/react-components",
        "src/i18n/messages.ts",
        "src/taskpane/dataset-info.ts",
      ]),
    );
    expect(heavyIn(graph)).toEqual([]);
  });

  it("the panel shown first (ワークブックの作成) loads its build and the dataset only when pressed", () => {
    const graph = staticGraph("src/taskpane/panels/create-workbook/CreateWorkbook.tsx");
    expect([...graph]).toContain("src/taskpane/panels/create-workbook/useCreateWorkbook.ts");
    expect(heavyIn(graph)).toEqual([]);
    // the same walk from the chunk a press loads does find them
    expect(heavyIn(staticGraph("src/taskpane/panels/create-workbook/create-workbook-build.ts"))).toEqual(
      expect.arrayContaining(["zod", "seeds/kpi-dataset.json", "src/app/create-workbook.ts"]),
    );
  });
});
