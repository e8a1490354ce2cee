import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest, type Problem } from "../../src/manifest/check-manifest";

const root = path.resolve(__dirname, "../..");
const assetsDir = path.join(root, "assets");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

function check(xml: string, readFile?: (p: string) => Uint8Array | undefined): Problem[] {
  return checkManifest(xml, readFile ? { assetsDir, readFile } : { assetsDir });
}

/** Replaces exactly one occurrence, so a test cannot silently break nothing. */
function replaceOnce(xml: string, from: string | RegExp, to: string): string {
  const count = typeof from === "string" ? xml.split(from).length - 1 : (xml.match(new RegExp(from, "g")) ?? []).length;
  if (count !== 1) throw new Error(`expected one match of ${String(from)}, found ${count}`);
  return xml.replace(from, to);
}

function codes(problems: readonly Problem[]): string[] {
  return [...new Set(problems.map((p) => p.code))];
}

describe("checkManifest on the real manifest.xml", () => {
  it("passes every offline check", () => {
    expect(check(manifest)).toEqual([]);
  });

  it("really reads the icons (the ribbon's 80 px icon exists with that size)", () => {
    const seen: string[] = [];
    check(manifest, (p) => {
      seen.push(path.basename(p));
      return existsSync(p) ? readFileSync(p) : undefined;
    });
    expect(new Set(seen)).toEqual(new Set(["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]));
  });
});

describe("checkManifest on broken copies", () => {
  it("reports a resid that names no resource", () => {
    const xml = replaceOnce(manifest, '<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>');
    const problems = check(xml);
    expect(codes(problems)).toEqual(["resid-unresolved"]);
    expect(problems[0]?.message).toContain("Group.Lable");
  });

  it("reports a resid longer than 32 characters", () => {
    const long = "OpenPane.Tooltip.ThatIsFarTooLong.X"; // 35 characters
    const xml = manifest.split('"OpenPane.Tooltip"').join(`"${long}"`);
    const problems = check(xml);
    expect(codes(problems)).toEqual(["resid-too-long"]);
    expect(problems.map((p) => p.message).join("\n")).toContain(`${long.length} characters`);
  });

  it("reports a missing icon file", () => {
    const xml = replaceOnce(
      manifest,
      'DefaultValue="https://localhost:3000/assets/icon-80.png"',
      'DefaultValue="https://localhost:3000/assets/icon-81.png"',
    );
    const problems = check(xml);
    expect(codes(problems)).toEqual(["icon-missing"]);
    expect(problems[0]?.message).toContain("icon-81.png");
  });

  it("reports an icon whose pixel size differs from the size stated", () => {
    // the file named icon-32.png is given the 16 px picture
    const problems = check(manifest, (p) =>
      readFileSync(p.endsWith("icon-32.png") ? path.join(assetsDir, "icon-16.png") : p),
    );
    expect(codes(problems)).toEqual(["icon-size"]);
    expect(problems[0]?.message).toMatch(/icon-32\.png is 16×16 px, the manifest states 32×32/);
  });

  it("reports an http URL", () => {
    const xml = replaceOnce(manifest, '<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://');
    const problems = check(xml);
    expect(codes(problems)).toEqual(["url-not-https"]);
    expect(problems[0]?.message).toContain("http://www.city.isesaki.lg.jp/");
  });

  it("reports an Id that is not a GUID", () => {
    const xml = replaceOnce(manifest, /<Id>[^<]*<\/Id>/, "<Id>kpi-review</Id>");
    const problems = check(xml);
    expect(codes(problems)).toEqual(["id-not-guid"]);
    expect(problems[0]?.message).toContain('"kpi-review" is not a GUID');
  });

  it("reports a 3-part version", () => {
    const xml = replaceOnce(manifest, /<Version>[^<]*<\/Version>/, "<Version>1.0.0</Version>");
    const problems = check(xml);
    expect(codes(problems)).toEqual(["version-format"]);
    expect(problems[0]?.message).toContain("4 numeric parts");
  });

  it("reports a localised string without its en-US override", () => {
    const xml = replaceOnce(manifest, '<Override Locale="en-US" Value="KPI Review"/>', "");
    const problems = check(xml);
    expect(codes(problems)).toEqual(["locale-missing"]);
    expect(problems[0]?.message).toMatch(/DisplayName.*no en-US Override/);
  });

  it("reports a ribbon string resource without its en-US override", () => {
    const xml = replaceOnce(manifest, '<bt:Override Locale="en-US" Value="Get started with KPI Review"/>', "");
    expect(check(xml).map((p) => p.message)).toEqual([expect.stringContaining('"GetStarted.Title" has no en-US')]);
  });

  it("reports malformed XML with the line of the problem", () => {
    const xml = replaceOnce(manifest, "</Permissions>", "</Permission>");
    const problems = check(xml);
    expect(codes(problems)).toEqual(["xml-malformed"]);
    expect(problems[0]?.message).toMatch(/<\/Permission> does not match <Permissions>/);
    const expectedLine = manifest.split("\n").findIndex((l) => l.includes("</Permissions>")) + 1;
    expect(problems[0]?.line).toBe(expectedLine);
  });

  it("reports a resid pointing at the wrong kind of resource", () => {
    const xml = replaceOnce(
      manifest,
      '<SourceLocation resid="Taskpane.Url"/>',
      '<SourceLocation resid="Group.Label"/>',
    );
    expect(codes(check(xml))).toEqual(["resid-kind"]);
  });
});
