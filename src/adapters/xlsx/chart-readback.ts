/**
 * The charts the plan drew, read back from an .xlsx package (chart-part.ts writes them): exceljs drops every chart
 * when it loads a file, so a workbook loaded, changed and saved again (refresh, the committee's record) would lose
 * 「概要」's chart. The loader remembers them (rememberCharts) and the packer adds them again (addChartParts).
 */
import JSZip from "jszip";
import { columnLetter, parseCell, parseRange } from "../../lib/a1";
import type { ChartPlan } from "../../plan/types";
import { relsPathOf, sheetPartPaths, unescapeXml, type SheetCharts } from "./chart-part";

/** 'Sheet'!$B$6:$B$12 → the range without the sheet and the dollars (B6:B12), or null. */
function bareRange(ref: string): string | null {
  const m = /!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(unescapeXml(ref).trim());
  if (!m) return null;
  return m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`;
}

/**
 * A stacked column chart part (as chartSpaceXml writes it, or as Excel or LibreOffice save it) read back as a
 * ChartPlan, with the anchor its drawing gives; null for any other chart (it is not one the plan draws).
 */
export function chartPlanOf(chartXml: string, anchor: string): ChartPlan | null {
  if (!/<c:barChart>/.test(chartXml) || !/<c:grouping val="stacked"\/>/.test(chartXml)) return null;
  const series = [...chartXml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1] as string);
  const ref = (ser: string, tag: string): string | null => {
    const f = new RegExp(`<c:${tag}>[\\s\\S]*?<c:f>([^<]*)</c:f>`).exec(ser)?.[1];
    return f === undefined ? null : bareRange(f);
  };
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) return null;
  const name = ref(first, "tx");
  const categories = ref(first, "cat");
  const values = ref(last, "val");
  if (!name || !categories || !values) return null;
  const top = parseCell(name.split(":")[0] as string);
  const bottomRight = parseRange(values);
  const left = parseRange(categories).left;
  const title = [...(/<c:title>([\s\S]*?)<\/c:title>/.exec(chartXml)?.[1] ?? "").matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => unescapeXml(m[1] as string))
    .join("");
  const colors = series.map((ser) => /<c:spPr>[\s\S]*?<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(ser)?.[1]);
  return {
    kind: "columnStacked",
    title,
    sourceRange: `${columnLetter(left)}${top.row}:${columnLetter(bottomRight.right)}${bottomRight.bottom}`,
    anchor,
    ...(colors.every((c) => c !== undefined)
      ? { seriesColors: colors.map((c) => `#${(c as string).toUpperCase()}`) }
      : {}),
  };
}

/** The drawing's chart anchors: relationship id → top-left cell (A1). */
function drawingAnchors(drawing: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of drawing.matchAll(
    /<xdr:(?:twoCellAnchor|oneCellAnchor)\b[\s\S]*?<\/xdr:(?:twoCellAnchor|oneCellAnchor)>/g,
  )) {
    const from = /<xdr:from><xdr:col>(\d+)<\/xdr:col>[\s\S]*?<xdr:row>(\d+)<\/xdr:row>/.exec(m[0]);
    const rel = /<c:chart\b[^>]*\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (from && rel) out.set(rel, `${columnLetter(Number(from[1]) + 1)}${Number(from[2]) + 1}`);
  }
  return out;
}

/** Relationship id → target path (resolved against the part's folder). */
function relTargets(rels: string, folder: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (!id || !target) continue;
    const parts = target.startsWith("/") ? target.slice(1).split("/") : [...folder.split("/"), ...target.split("/")];
    const path: string[] = [];
    for (const part of parts) {
      if (part === "..") path.pop();
      else if (part !== ".") path.push(part);
    }
    out.set(id, path.join("/"));
  }
  return out;
}

/**
 * The plan-drawn charts of an .xlsx package, by sheet: what exceljs drops when it loads a file, so that a workbook
 * loaded, changed and saved again (refresh, the committee's record) keeps 「概要」's chart. Charts that are no stacked
 * column chart over a sheet range are not the plan's and are not kept (exceljs drops them as before).
 */
export async function chartsInPackage(bytes: Uint8Array): Promise<SheetCharts[]> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string): Promise<string | null> => (await zip.file(path)?.async("string")) ?? null;
  const paths = sheetPartPaths((await read("xl/workbook.xml")) ?? "", (await read("xl/_rels/workbook.xml.rels")) ?? "");
  const out: SheetCharts[] = [];
  for (const [sheetName, sheetPath] of paths) {
    const sheetXml = await read(sheetPath);
    const drawingRel = sheetXml === null ? undefined : /<drawing\b[^>]*\br:id="([^"]+)"/.exec(sheetXml)?.[1];
    if (!drawingRel) continue;
    const folder = sheetPath.slice(0, sheetPath.lastIndexOf("/"));
    const drawingPath = relTargets((await read(relsPathOf(sheetPath))) ?? "", folder).get(drawingRel);
    const drawing = drawingPath ? await read(drawingPath) : null;
    if (!drawingPath || drawing === null) continue;
    const targets = relTargets(
      (await read(relsPathOf(drawingPath))) ?? "",
      drawingPath.slice(0, drawingPath.lastIndexOf("/")),
    );
    const charts: ChartPlan[] = [];
    for (const [rel, anchor] of drawingAnchors(drawing)) {
      const path = targets.get(rel);
      const xml = path ? await read(path) : null;
      const plan = xml === null ? null : chartPlanOf(xml, anchor);
      if (plan) charts.push(plan);
    }
    if (charts.length > 0) out.push({ sheetName, charts });
  }
  return out;
}
