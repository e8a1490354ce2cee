/**
 * LibreOffice headless with a scratch profile whose OOXMLRecalcMode is 0 (always recalculate on load, so formulas
 * are computed rather than read from cached values, which exceljs does not write), then one CSV per sheet, or a
 * PDF. For integration tests and manual looks only.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** True under CI (CI=true, as GitHub Actions, GitLab and .ci/run set it; "false" and "0" mean no). */
export function underCi(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== "" && ci !== "false" && ci !== "0";
}

/**
 * The soffice executable, or null when LibreOffice is not installed (the only reason a LibreOffice test may skip,
 * with a warning, on a developer's machine). Under CI a missing soffice throws: the test files call this while they
 * load, so each fails instead of skipping, and CI cannot pass without having checked anything in LibreOffice.
 */
export function findSoffice(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  for (const candidate of ["soffice", "libreoffice"]) {
    const probe = spawnSync("/bin/sh", ["-c", `command -v ${candidate}`], { encoding: "utf8", env: { ...env } });
    if (probe.status === 0 && probe.stdout.trim()) return probe.stdout.trim();
  }
  if (underCi(env)) {
    throw new Error(
      "LibreOffice (soffice) is not on PATH, and under CI its tests must run: install libreoffice-calc-nogui and libreoffice-writer-nogui (.ci/run does)",
    );
  }
  return null;
}

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh profile directory that makes LibreOffice recalculate every formula of an .xlsx it loads. */
export function scratchProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), "kpi-lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), REGISTRY);
  return dir;
}

/** UTF-8 (76), comma, double quote, all sheets (-1): one CSV per sheet named <file>-<Sheet>.csv. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

function convert(soffice: string, file: string, outDir: string, target: string, profile: string): void {
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      target,
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "pipe", timeout: 180_000 },
  );
}

/** Recalculates `xlsx` and returns each sheet's CSV text by sheet name. */
export function recalculateToCsv(xlsx: string, outDir: string, sheetNames: readonly string[]): Map<string, string> {
  const soffice = findSoffice();
  if (!soffice) throw new Error("soffice not found");
  convert(soffice, xlsx, outDir, CSV_FILTER, scratchProfile());
  const stem = basename(xlsx).replace(/\.xlsx$/i, "");
  const files = readdirSync(outDir);
  const out = new Map<string, string>();
  for (const name of sheetNames) {
    const file = files.find((f) => f === `${stem}-${name}.csv`);
    if (file) out.set(name, readFileSync(join(outDir, file), "utf8"));
  }
  return out;
}

/** Recalculates and prints `xlsx` to PDF; returns the PDF path. */
export function convertToPdf(xlsx: string, outDir: string): string {
  const soffice = findSoffice();
  if (!soffice) throw new Error("soffice not found");
  convert(soffice, xlsx, outDir, "pdf", scratchProfile());
  return join(outDir, basename(xlsx).replace(/\.xlsx$/i, ".pdf"));
}

/** PDF → PNG pages with pdftoppm (prefix-1.png, prefix-2.png …); returns the files written. */
export function pdfToPng(pdf: string, outDir: string, prefix: string, dpi = 80): string[] {
  mkdirSync(outDir, { recursive: true });
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), pdf, join(outDir, prefix)], { stdio: "pipe", timeout: 120_000 });
  return readdirSync(outDir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(".png"))
    .sort()
    .map((f) => join(outDir, f));
}

/** Minimal RFC 4180 CSV parser (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Converts any document LibreOffice opens (.docx, .xlsx …) to `target` (e.g. "pdf", "txt:Text (encoded):UTF8") and
 * returns the path of the file written (same stem, extension `ext`). Added for the minutes (.docx) tests.
 */
export function convertDocument(file: string, outDir: string, target: string, ext: string): string {
  const soffice = findSoffice();
  if (!soffice) throw new Error("soffice not found");
  convert(soffice, file, outDir, target, scratchProfile());
  return join(outDir, basename(file).replace(/\.[^.]+$/, `.${ext}`));
}

/** Text of a PDF (poppler's pdftotext). -layout, because the default mode joins a line ending in "-" to the next. */
export function pdfToText(pdf: string): string {
  return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8", timeout: 60_000 });
}
