/**
 * The project's own offline checks of manifest.xml (the online validator is not always reachable). Each rule
 * returns problems as data; an empty list means the manifest passed. Rules are listed in one table so that a new
 * rule is one entry.
 */
import { childElements, descendants, localName, parseXml, textOf, type XmlElement } from "./xml";

export interface Problem {
  /** Stable rule id, e.g. "resid-unresolved". */
  readonly code: string;
  /** What is wrong, naming the element, id or URL. */
  readonly message: string;
  readonly line?: number;
}

export interface CheckOptions {
  /** Folder holding the icons that the manifest's /assets/ URLs refer to. */
  readonly assetsDir: string;
  /** Reads a file; undefined when it does not exist. Defaults to node's fs (the only I/O here). */
  readonly readFile?: (path: string) => Uint8Array | undefined;
  /** Locales every localised string must override, besides DefaultLocale. */
  readonly requiredOverrides?: readonly string[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
const MAX_RESID = 32;
const MAX_SHORT = 125;
const MAX_LONG = 250;
/** Elements whose resid must name a resource of this kind. */
const RESID_KIND: Readonly<Record<string, "Images" | "Urls" | "ShortStrings" | "LongStrings">> = {
  Image: "Images",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  FunctionFile: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};
/** Top-level elements with DefaultValue that must also exist in every required locale. */
const LOCALISED_TOP = [
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
];

interface Context {
  readonly root: XmlElement;
  readonly all: readonly XmlElement[];
  readonly options: Required<CheckOptions>;
}

type Rule = (ctx: Context) => Problem[];

function first(ctx: Context, local: string): XmlElement | undefined {
  return ctx.all.find((e) => localName(e.name) === local);
}

/** The resources under <Resources>, by id, with their kind (Images, Urls, ShortStrings, LongStrings). */
function resources(ctx: Context): Map<string, { kind: string; element: XmlElement }> {
  const map = new Map<string, { kind: string; element: XmlElement }>();
  const res = first(ctx, "Resources");
  if (!res) return map;
  for (const group of childElements(res)) {
    for (const item of childElements(group)) {
      const id = item.attributes["id"];
      if (id !== undefined) map.set(id, { kind: localName(group.name), element: item });
    }
  }
  return map;
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const rules: readonly Rule[] = [
  function identity(ctx) {
    const out: Problem[] = [];
    const id = first(ctx, "Id");
    const idText = id ? textOf(id).trim() : "";
    if (!GUID.test(idText))
      out.push({ code: "id-not-guid", message: `<Id> "${idText}" is not a GUID`, line: id?.line });
    const version = first(ctx, "Version");
    const versionText = version ? textOf(version).trim() : "";
    if (!VERSION.test(versionText)) {
      out.push({
        code: "version-format",
        message: `<Version> "${versionText}" must have 4 numeric parts (n.n.n.n)`,
        line: version?.line,
      });
    }
    if (!first(ctx, "DefaultLocale")) out.push({ code: "default-locale", message: "<DefaultLocale> is missing" });
    return out;
  },

  function resids(ctx) {
    const out: Problem[] = [];
    const res = resources(ctx);
    for (const [id, { element }] of res) {
      if (id.length > MAX_RESID) {
        out.push({
          code: "resid-too-long",
          message: `resource id "${id}" is ${id.length} characters (at most ${MAX_RESID})`,
          line: element.line,
        });
      }
    }
    for (const element of ctx.all) {
      const resid = element.attributes["resid"];
      if (resid === undefined) continue;
      const where = `<${element.name} resid="${resid}">`;
      if (resid.length > MAX_RESID) {
        out.push({
          code: "resid-too-long",
          message: `${where}: resid is ${resid.length} characters (at most ${MAX_RESID})`,
          line: element.line,
        });
      }
      const target = res.get(resid);
      if (!target) {
        out.push({ code: "resid-unresolved", message: `${where} names no resource`, line: element.line });
        continue;
      }
      const expected = RESID_KIND[localName(element.name)];
      if (expected !== undefined && expected !== target.kind) {
        out.push({
          code: "resid-kind",
          message: `${where} must name a resource in bt:${expected}, not bt:${target.kind}`,
          line: element.line,
        });
      }
    }
    for (const [id, { kind, element }] of res) {
      const limit = kind === "ShortStrings" ? MAX_SHORT : kind === "LongStrings" ? MAX_LONG : undefined;
      if (limit === undefined) continue;
      const values = [element, ...childElements(element, "Override")].map(
        (e) => e.attributes["DefaultValue"] ?? e.attributes["Value"] ?? "",
      );
      for (const value of values) {
        if (value.length > limit) {
          out.push({
            code: "string-too-long",
            message: `string "${id}" is ${value.length} characters (bt:${kind} allows ${limit})`,
            line: element.line,
          });
        }
      }
    }
    return out;
  },

  function locales(ctx) {
    const out: Problem[] = [];
    const candidates = [
      ...ctx.all.filter((e) => LOCALISED_TOP.includes(localName(e.name)) && e.attributes["DefaultValue"] !== undefined),
      ...[...resources(ctx).values()].map((r) => r.element),
    ];
    for (const element of candidates) {
      const have = new Set(childElements(element, "Override").map((o) => o.attributes["Locale"]?.toLowerCase()));
      for (const locale of ctx.options.requiredOverrides) {
        if (!have.has(locale.toLowerCase())) {
          const label = element.attributes["id"] ?? localName(element.name);
          out.push({
            code: "locale-missing",
            message: `<${element.name}> "${label}" has no ${locale} Override`,
            line: element.line,
          });
        }
      }
    }
    return out;
  },

  function urls(ctx) {
    const out: Problem[] = [];
    const check = (value: string, element: XmlElement): void => {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()) && !/^https:\/\//i.test(value.trim())) {
        out.push({ code: "url-not-https", message: `<${element.name}> URL ${value} is not HTTPS`, line: element.line });
      }
    };
    for (const element of ctx.all) {
      for (const [name, value] of Object.entries(element.attributes))
        if (!name.startsWith("xmlns")) check(value, element);
      if (childElements(element).length === 0) check(textOf(element), element);
    }
    return out;
  },

  function icons(ctx) {
    const out: Problem[] = [];
    const res = resources(ctx);
    // icon URL → stated sizes (top-level icons have fixed sizes; ribbon images get theirs from the <bt:Image size>)
    const wanted: { url: string; size: number; element: XmlElement }[] = [];
    const addWithOverrides = (element: XmlElement, size: number): void => {
      for (const e of [element, ...childElements(element, "Override")]) {
        const url = e.attributes["DefaultValue"] ?? e.attributes["Value"];
        if (url !== undefined) wanted.push({ url, size, element: e });
      }
    };
    const icon = first(ctx, "IconUrl");
    if (icon) addWithOverrides(icon, 32);
    else out.push({ code: "icon-missing", message: "<IconUrl> is missing" });
    const hires = first(ctx, "HighResolutionIconUrl");
    if (hires) addWithOverrides(hires, 64);
    for (const element of ctx.all) {
      const size = element.attributes["size"];
      const resid = element.attributes["resid"];
      if (localName(element.name) !== "Image" || size === undefined || resid === undefined) continue;
      const target = res.get(resid);
      if (target?.kind === "Images") addWithOverrides(target.element, Number(size));
    }
    for (const { url, size, element } of wanted) {
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(url).pathname);
      } catch {
        out.push({ code: "icon-url", message: `icon URL "${url}" is not a URL`, line: element.line });
        continue;
      }
      const match = /\/assets\/([^/]+)$/.exec(pathname);
      if (!match?.[1]) {
        out.push({ code: "icon-url", message: `icon URL ${url} does not point into assets/`, line: element.line });
        continue;
      }
      const file = `${ctx.options.assetsDir.replace(/[\\/]$/, "")}/${match[1]}`;
      const bytes = ctx.options.readFile(file);
      if (!bytes) {
        out.push({
          code: "icon-missing",
          message: `icon ${url}: assets/${match[1]} does not exist`,
          line: element.line,
        });
        continue;
      }
      const dims = pngSize(bytes);
      if (!dims) {
        out.push({ code: "icon-not-png", message: `icon assets/${match[1]} is not a PNG`, line: element.line });
      } else if (dims.width !== size || dims.height !== size) {
        out.push({
          code: "icon-size",
          message: `icon assets/${match[1]} is ${dims.width}×${dims.height} px, the manifest states ${size}×${size}`,
          line: element.line,
        });
      }
    }
    return out;
  },

  function essentials(ctx) {
    const out: Problem[] = [];
    const permissions = first(ctx, "Permissions");
    if (!permissions) out.push({ code: "permissions", message: "<Permissions> is missing" });
    const sets = ctx.all.filter((e) => localName(e.name) === "Set" && e.attributes["Name"] === "ExcelApi");
    if (sets.length === 0) out.push({ code: "requirements", message: "<Requirements> names no ExcelApi set" });
    if (!ctx.all.some((e) => localName(e.name) === "SourceLocation")) {
      out.push({ code: "source-location", message: "<SourceLocation> is missing" });
    }
    return out;
  },
];

function defaultReadFile(path: string): Uint8Array | undefined {
  // Lazy require keeps this module loadable in a browser bundle; the checks themselves do no I/O.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require("node:fs") as typeof import("node:fs");
  return fs.existsSync(path) ? fs.readFileSync(path) : undefined;
}

/** Checks a manifest's text; returns every problem found (empty when it passes). */
export function checkManifest(xmlText: string, options: CheckOptions): Problem[] {
  const parsed = parseXml(xmlText);
  if (!parsed.ok) {
    return [{ code: "xml-malformed", message: `manifest is not well-formed XML: ${parsed.error}`, line: parsed.line }];
  }
  const ctx: Context = {
    root: parsed.root,
    all: descendants(parsed.root),
    options: {
      assetsDir: options.assetsDir,
      readFile: options.readFile ?? defaultReadFile,
      requiredOverrides: options.requiredOverrides ?? ["en-US"],
    },
  };
  if (localName(parsed.root.name) !== "OfficeApp") {
    return [{ code: "root", message: `root element is <${parsed.root.name}>, expected <OfficeApp>` }];
  }
  return rules.flatMap((rule) => rule(ctx));
}

/** One line per problem, for the CLI. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `  ✗ [${p.code}]${p.line ? ` line ${p.line}` : ""}: ${p.message}`).join("\n");
}
