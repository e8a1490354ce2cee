/**
 * What the pane's first screen loads: the modules reachable by static imports from the entry, and from the panel
 * shown first, must not include the dataset, zod, the use cases or the Office writers. Those are webpack chunks
 * fetched by import() when a panel is opened or a button pressed. (The bench measures the bytes: pane-chunks.ts.)
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CORE_MESSAGES, messageKeys } from "../../src/i18n/messages";

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

/** The specifiers of `import("…")` (webpack's lazy chunks), magic comments allowed. */
function dynamicImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+)["']\s*\)/g)].map((m) => m[1] as string);
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

/** Our files reached from `entry` by static and dynamic imports: everything a panel's code may run, now or later. */
function wholeGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [path.join(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    const key = path.relative(ROOT, file);
    if (seen.has(key)) continue;
    seen.add(key);
    if (file.endsWith(".json")) continue;
    for (const spec of [...staticImports(file), ...dynamicImports(file)]) {
      if (spec.startsWith(".")) queue.push(resolveLocal(file, spec));
    }
  }
  return seen;
}

/**
 * The message keys a file names: quoted keys of the catalogue, and the keys a template such as `office.error.${code}`
 * can make (every key under its prefix). The catalogue's own files are left out: they define keys, not use them.
 */
function keysNamedIn(files: Iterable<string>): Set<string> {
  const all = [...messageKeys] as string[];
  const named = new Set<string>();
  for (const file of files) {
    if (file.startsWith("src/i18n/") || file.endsWith(".json")) continue;
    const text = readFileSync(path.join(ROOT, file), "utf8");
    for (const m of text.matchAll(/["'`]([a-z][A-Za-z]*\.[\w.]+)["'`]/g)) {
      if (all.includes(m[1] as string)) named.add(m[1] as string);
    }
    for (const m of text.matchAll(/`([a-z][A-Za-z]*\.[\w.]*\.)\$\{/g)) {
      for (const key of all) if (key.startsWith(m[1] as string)) named.add(key);
    }
  }
  return named;
}

/** Each panel's lazy loader in panels/index.ts: its component module and the catalogue sections its chunk brings. */
function panelLoaders(): { component: string; sections: string[] }[] {
  const index = path.join(ROOT, "src/taskpane/panels/index.ts");
  const text = readFileSync(index, "utf8");
  return [...text.matchAll(/lazy\(\(\) =>([\s\S]*?)\n\);/g)].map((m) => {
    const specs = [...(m[1] as string).matchAll(/import\(\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+)["']\s*\)/g)].map((s) =>
      path.relative(ROOT, resolveLocal(index, s[1] as string)),
    );
    return {
      component: specs.find((s) => !s.startsWith("src/i18n/")) as string,
      sections: specs.filter((s) => s.startsWith("src/i18n/sections/")),
    };
  });
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

  it("the create panel (事務局 › ブック作成) loads its build and the dataset only when pressed", () => {
    const graph = staticGraph("src/taskpane/panels/create-workbook/CreateWorkbook.tsx");
    expect([...graph]).toContain("src/taskpane/panels/create-workbook/useCreateWorkbook.ts");
    expect(heavyIn(graph)).toEqual([]);
    // the same walk from the chunk a press loads does find them
    expect(heavyIn(staticGraph("src/taskpane/panels/create-workbook/create-workbook-build.ts"))).toEqual(
      expect.arrayContaining(["zod", "seeds/kpi-dataset.json", "src/app/create-workbook.ts"]),
    );
  });

  it("the entry carries the first screen's texts only: no catalogue section, no dark theme", () => {
    const graph = [...staticGraph("src/taskpane/index.tsx")];
    expect(graph.filter((m) => /^src\/i18n\/(catalogue|sections)\//.test(m))).toEqual([]);
    expect(graph).not.toContain("src/taskpane/dark-theme.ts");
    const darkImport = /import\s*\{[^}]*\bwebDarkTheme\b[^}]*\}\s*from/;
    expect(
      graph.filter((m) => m.startsWith("src/") && darkImport.test(readFileSync(path.join(ROOT, m), "utf8"))),
    ).toEqual([]);
    // and the keys the first screen names are all in messages.ts's own part
    const missing = [...keysNamedIn(graph.filter((m) => m.startsWith("src/")))].filter((k) => !(k in CORE_MESSAGES));
    expect(missing).toEqual([]);
  });

  it("each panel's chunk registers the catalogue sections of every key its code names", () => {
    const loaders = panelLoaders();
    expect(loaders.length).toBeGreaterThanOrEqual(4);
    for (const { component, sections } of loaders) {
      expect({ component, sections: sections.length > 0 }).toEqual({ component, sections: true });
      jest.isolateModules(() => {
        // A fresh registry holding the first screen's texts, then the panel's sections, as in the pane.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh = require("../../src/i18n/messages") as typeof import("../../src/i18n/messages");
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        for (const section of sections) require(path.join(ROOT, section));
        const unloaded = [...keysNamedIn(wholeGraph(component))].filter((k) => !fresh.hasMessage(k));
        expect({ component, unloaded }).toEqual({ component, unloaded: [] });
      });
    }
  });
});
