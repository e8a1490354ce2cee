import { parseVerbArgs } from "../../src/cli/args";

const OPTIONS = {
  out: { type: "string" },
  "use-dataset": { type: "string", multiple: true },
  "dry-run": { type: "boolean" },
} as const;

const parse = (args: string[], rules: { positionals?: boolean; dashedValues?: boolean } = {}) =>
  parseVerbArgs(args, { options: OPTIONS, ...rules });

describe("parseVerbArgs", () => {
  it("reads values, repeatable options, flags and --name=value", () => {
    expect(parse(["--out", "a.xlsx", "--use-dataset", "X:2024", "--use-dataset=Y:2025", "--dry-run"])).toEqual({
      kind: "ok",
      values: { out: "a.xlsx", "use-dataset": ["X:2024", "Y:2025"], "dry-run": true },
      positionals: [],
      given: ["--out", "--use-dataset", "--use-dataset", "--dry-run"],
    });
    expect(parse(["--out=b.xlsx"])).toMatchObject({ kind: "ok", values: { out: "b.xlsx" } });
  });

  it("asks for the help when --help or -h is anywhere, even beside a bad argument", () => {
    expect(parse(["--frobnicate", "--help"])).toEqual({ kind: "help" });
    expect(parse(["-h"])).toEqual({ kind: "help" });
  });

  it("says in one line what is wrong, the way the verbs always said it", () => {
    const message = (args: string[], rules = {}) => {
      const r = parse(args, rules);
      return r.kind === "usage" ? r.message : r.kind;
    };
    expect(message(["--frobnicate"])).toBe('unknown argument "--frobnicate"');
    expect(message(["-x"])).toBe('unknown argument "-x"');
    expect(message(["stray"])).toBe('unknown argument "stray"');
    expect(message(["--", "a"])).toBe('unknown argument "--"');
    expect(message(["--out"])).toBe("--out needs a value");
    expect(parse(["--out"])).toEqual({ kind: "usage", message: "--out needs a value", missingValue: "--out" });
    // a forgotten value is caught rather than taken for a file named "--dry-run" …
    expect(message(["--out", "--dry-run"])).toBe("--out needs a value");
    expect(message(["--dry-run=yes"])).toBe("--dry-run takes no value");
    // … unless the verb takes free text, and --out=--x is always meant
    expect(message(["--out", "--dry-run"], { dashedValues: true })).toBe("ok");
    expect(message(["--out=--x"])).toBe("ok");
  });

  it("keeps positionals for the verbs that take them", () => {
    expect(parse(["a.json", "b.json"], { positionals: true })).toMatchObject({
      kind: "ok",
      positionals: ["a.json", "b.json"],
    });
  });
});
