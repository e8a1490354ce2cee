/**
 * Every verb's arguments through `node:util` parseArgs, with the rules all verbs share: `--help`/`-h` anywhere asks
 * for the help, an unknown option or a value left out is one line (the verb prints it with its usage, exit 2), and
 * `--name=value` works as well as `--name value`. parseArgs runs non-strict with tokens so the line can say what
 * the verbs always said (`unknown argument "--x"`, `--out needs a value`) rather than Node's multi-line errors.
 */
import { parseArgs } from "node:util";

export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly multiple?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The values parseArgs found, typed by their spec: a flag is a boolean, a repeatable option a list. */
export type ArgValues<O extends OptionSpecs> = {
  readonly [K in keyof O]?: O[K]["type"] extends "boolean"
    ? boolean
    : O[K]["multiple"] extends true
      ? string[]
      : string;
};

export interface ArgRules<O extends OptionSpecs> {
  readonly options: O;
  /** Whether the verb takes positional arguments (validate's FILE, comments' action); otherwise each is unknown. */
  readonly positionals?: boolean;
  /**
   * Whether a value may start with "--". The verbs that take file names say no, so `--out --dataset x` is caught
   * as a forgotten value instead of writing a file named "--dataset"; free text (a comment) may.
   */
  readonly dashedValues?: boolean;
}

export type ParsedArgs<O extends OptionSpecs> =
  | { readonly kind: "help" }
  /** `missingValue`: the option (`--out`) whose value was left out, for a verb that words that line itself. */
  | { readonly kind: "usage"; readonly message: string; readonly missingValue?: string }
  | {
      readonly kind: "ok";
      readonly values: ArgValues<O>;
      readonly positionals: readonly string[];
      /** The options given, as typed (`--dataset`), in order: for rules about which go together. */
      readonly given: readonly string[];
    };

export function wantsHelp(args: readonly string[]): boolean {
  return args.includes("--help") || args.includes("-h");
}

export function parseVerbArgs<O extends OptionSpecs>(args: readonly string[], rules: ArgRules<O>): ParsedArgs<O> {
  if (wantsHelp(args)) return { kind: "help" };
  const usage = (message: string): ParsedArgs<O> => ({ kind: "usage", message });
  const { tokens } = parseArgs({
    args: [...args],
    options: rules.options as Record<string, OptionSpec>,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  const given: string[] = [];
  for (const token of tokens) {
    if (token.kind === "option-terminator") return usage(`unknown argument "--"`);
    if (token.kind === "positional") {
      if (!rules.positionals) return usage(`unknown argument "${token.value}"`);
      positionals.push(token.value);
      continue;
    }
    const spec = token.rawName.startsWith("--") ? rules.options[token.name] : undefined;
    if (!spec) return usage(`unknown argument "${token.rawName}"`);
    given.push(token.rawName);
    if (spec.type === "boolean") {
      if (token.value !== undefined) return usage(`${token.rawName} takes no value`);
      values[token.name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && !rules.dashedValues && value.startsWith("--"))) {
      return { kind: "usage", message: `${token.rawName} needs a value`, missingValue: token.rawName };
    }
    if (spec.multiple) values[token.name] = [...((values[token.name] as string[] | undefined) ?? []), value];
    else values[token.name] = value;
  }
  return { kind: "ok", values: values as ArgValues<O>, positionals, given };
}
