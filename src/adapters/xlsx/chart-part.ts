/**
 * ChartPlans as DrawingML parts of an .xlsx. exceljs 4.4 writes no charts, so the chart is added to the package
 * exceljs produced: xl/charts/chartN.xml (a c:chartSpace bar chart), xl/drawings/drawingN.xml (its anchor), the
 * relationships sheet → drawing → chart and the [Content_Types].xml overrides. The XML comes from pure functions of
 * the plan (chartSpaceXml, drawingXml); `addChartParts` is the one I/O step (unzip, add, zip) over jszip, the zip
 * library exceljs itself uses (a dependency of exceljs, resolved from node_modules).
 *
 * Series are read from the sheet range the plan names (its header row gives the series names, its first column the
 * categories, one series per column as the Office renderer's seriesBy "Columns"), so the chart follows the cells'
 * formulas in Excel and LibreOffice alike; no cached values are written (both compute them on load).
 */
import JSZip from "jszip";
import type ExcelJS from "exceljs";
import { columnLetter, parseCell, parseRange, quoteSheet } from "../../lib/a1";
import type { ChartPlan } from "../../plan/types";
import { CHART_SPAN, UI_FONT, UI_FONT_SIZE } from "../../plan/style-palette";

/** Charts to add to one sheet of the package. */
export interface SheetCharts {
  readonly sheetName: string;
  readonly charts: readonly ChartPlan[];
}

/**
 * The plan's charts of a workbook model, by sheet, from when the plan was applied (write-workbook.ts) until it is
 * packed (workbookBytes): exceljs has nowhere to keep them. A sheet planned again replaces its entry.
 */
const planned = new WeakMap<ExcelJS.Workbook, Map<string, readonly ChartPlan[]>>();

export function rememberCharts(wb: ExcelJS.Workbook, sheetName: string, charts: readonly ChartPlan[]): void {
  let sheets = planned.get(wb);
  if (!sheets) planned.set(wb, (sheets = new Map()));
  sheets.set(sheetName, charts);
}

/** The charts remembered for the sheets the workbook still has. */
export function plannedCharts(wb: ExcelJS.Workbook): SheetCharts[] {
  const sheets = planned.get(wb);
  if (!sheets) return [];
  const present = new Set(wb.worksheets.map((ws) => ws.name));
  return [...sheets].filter(([name]) => present.has(name)).map(([sheetName, charts]) => ({ sheetName, charts }));
}

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** 'Sheet'!$B$6 or 'Sheet'!$B$7:$B$12 */
function absolute(sheet: string, fromColumn: number, fromRow: number, toColumn = fromColumn, toRow = fromRow): string {
  const a = `$${columnLetter(fromColumn)}$${fromRow}`;
  const b = `$${columnLetter(toColumn)}$${toRow}`;
  return `${quoteSheet(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

/** One series per column of the source range after the category column: name, categories, values. */
export interface SeriesRefs {
  readonly name: string;
  readonly categories: string;
  readonly values: string;
}

export function seriesRefs(sheetName: string, chart: ChartPlan): SeriesRefs[] {
  const r = parseRange(chart.sourceRange);
  const out: SeriesRefs[] = [];
  for (let c = r.left + 1; c <= r.right; c++) {
    out.push({
      name: absolute(sheetName, c, r.top),
      categories: absolute(sheetName, r.left, r.top + 1, r.left, r.bottom),
      values: absolute(sheetName, c, r.top + 1, c, r.bottom),
    });
  }
  return out;
}

/** Text properties in the workbook's UI font, so labels and the title read as the cells do. */
function textProps(size: number, bold = false): string {
  const font = escapeXml(UI_FONT);
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}">` +
    `<a:latin typeface="${font}"/><a:ea typeface="${font}"/></a:defRPr></a:pPr><a:endParaRPr lang="ja-JP"/></a:p></c:txPr>`
  );
}

function fill(hex: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${hex.replace(/^#/, "").toUpperCase()}"/></a:solidFill></c:spPr>`;
}

const CAT_AXIS = 50010;
const VAL_AXIS = 50020;

/** The chart part (xl/charts/chartN.xml) of a ChartPlan on sheet `sheetName`. */
export function chartSpaceXml(sheetName: string, chart: ChartPlan): string {
  const font = escapeXml(UI_FONT);
  const series = seriesRefs(sheetName, chart)
    .map((s, i) => {
      const color = chart.seriesColors?.[i];
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(s.name)}</c:f></c:strRef></c:tx>` +
        (color ? fill(color) : "") +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeXml(s.categories)}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(s.values)}</c:f></c:numRef></c:val></c:ser>`
      );
    })
    .join("");
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="ja-JP" sz="1400" b="1"><a:latin typeface="${font}"/><a:ea typeface="${font}"/></a:rPr>` +
    `<a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:lang val="ja-JP"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(9)}<c:crossAx val="${VAL_AXIS}"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(9)}<c:crossAx val="${CAT_AXIS}"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/>${textProps(9)}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>${textProps(10)}</c:chartSpace>`
  );
}

/** One anchor of a drawing: the chart's relationship id in the drawing's rels, and the plan's anchor cell. */
export interface ChartAnchor {
  readonly relId: string;
  readonly anchor: string;
  readonly name: string;
}

/** The drawing part (xl/drawings/drawingN.xml): each chart from its anchor cell over CHART_SPAN. */
export function drawingXml(anchors: readonly ChartAnchor[]): string {
  const body = anchors
    .map((a, i) => {
      const cell = parseCell(a.anchor);
      const marker = (col: number, row: number): string =>
        `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from>${marker(cell.column - 1, cell.row - 1)}</xdr:from>` +
        `<xdr:to>${marker(cell.column - 1 + CHART_SPAN.columns, cell.row - 1 + CHART_SPAN.rows)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(a.name)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${a.relId}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${body}</xdr:wsDr>`
  );
}

export function relationshipsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const body = rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">${body}</Relationships>`;
}

/** Adds relationships to an existing rels document (or a new one), with ids not used yet. Returns the ids given. */
export function addRelationships(
  existing: string | null,
  rels: readonly { type: string; target: string }[],
): { readonly xml: string; readonly ids: readonly string[] } {
  const used = new Set([...(existing ?? "").matchAll(/\bId="([^"]+)"/g)].map((m) => m[1] as string));
  let n = 1;
  const ids = rels.map(() => {
    while (used.has(`rId${n}`)) n++;
    used.add(`rId${n}`);
    return `rId${n}`;
  });
  const added = rels
    .map((r, i) => `<Relationship Id="${ids[i] as string}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join("");
  const xml =
    existing === null
      ? relationshipsXml([]).replace("</Relationships>", `${added}</Relationships>`)
      : existing.replace("</Relationships>", `${added}</Relationships>`);
  return { xml, ids };
}

/** The worksheet with a <drawing r:id> where the schema puts it (before legacyDrawing, tableParts, extLst …). */
export function withDrawingElement(sheetXml: string, relId: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error("the sheet already has a drawing");
  const element = `<drawing r:id="${relId}"/>`;
  const next =
    /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(
      sheetXml,
    );
  const at = next ? next.index : sheetXml.lastIndexOf("</worksheet>");
  const xml = sheetXml.slice(0, at) + element + sheetXml.slice(at);
  // The r: prefix must be declared on the root (exceljs declares it; a bare worksheet might not).
  return /<worksheet[^>]*\bxmlns:r=/.test(xml) ? xml : xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
}

/** Content types with Overrides for the new parts. */
export function withOverrides(contentTypes: string, parts: readonly { name: string; type: string }[]): string {
  const added = parts
    .filter((p) => !contentTypes.includes(`PartName="${p.name}"`))
    .map((p) => `<Override PartName="${p.name}" ContentType="${p.type}"/>`)
    .join("");
  return contentTypes.replace("</Types>", `${added}</Types>`);
}

/** Sheet name → its part path (xl/worksheets/sheet3.xml), from workbook.xml and its rels. */
export function sheetPartPaths(workbookXml: string, workbookRels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of workbookRels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) out.set(unescapeXml(name), path);
  }
  return out;
}

export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

function freeIndex(zip: JSZip, prefix: string): (from: number) => number {
  return (from) => {
    let n = from;
    while (zip.file(`${prefix}${n}.xml`)) n++;
    return n;
  };
}

/**
 * styles.xml with its first font (the workbook's default: cells without a style of their own, and what people type
 * into new cells) in the UI font instead of exceljs' Calibri.
 */
export function withDefaultFont(stylesXml: string): string {
  const font =
    `<font><sz val="${UI_FONT_SIZE}"/><color theme="1"/><name val="${escapeXml(UI_FONT)}"/>` +
    `<family val="2"/><charset val="128"/></font>`;
  return stylesXml.replace(/(<fonts\b[^>]*>)\s*<font>[\s\S]*?<\/font>/, `$1${font}`);
}

/**
 * The .xlsx `bytes` with the charts added to the named sheets and the default font set (withDefaultFont). A sheet that is not in the package is an error (the
 * caller passes the plan's own sheets); so is a sheet that already has a drawing (the plans draw no pictures).
 */
export async function addChartParts(bytes: Uint8Array, sheets: readonly SheetCharts[]): Promise<Buffer> {
  const wanted = sheets.filter((s) => s.charts.length > 0);
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string): Promise<string | null> => (await zip.file(path)?.async("string")) ?? null;
  const styles = await read("xl/styles.xml");
  if (styles !== null) zip.file("xl/styles.xml", withDefaultFont(styles));
  const paths = sheetPartPaths((await read("xl/workbook.xml")) ?? "", (await read("xl/_rels/workbook.xml.rels")) ?? "");
  let contentTypes = (await read("[Content_Types].xml")) ?? "";
  const nextChart = freeIndex(zip, "xl/charts/chart");
  const nextDrawing = freeIndex(zip, "xl/drawings/drawing");
  let chartNo = 1;
  let drawingNo = 1;
  for (const sheet of wanted) {
    const sheetPath = paths.get(sheet.sheetName);
    const sheetXml = sheetPath ? await read(sheetPath) : null;
    if (!sheetPath || sheetXml === null)
      throw new Error(`no sheet 「${sheet.sheetName}」 in the workbook for its chart`);
    drawingNo = nextDrawing(drawingNo);
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const charts = sheet.charts.map((chart) => {
      chartNo = nextChart(chartNo);
      const path = `xl/charts/chart${chartNo}.xml`;
      zip.file(path, chartSpaceXml(sheet.sheetName, chart));
      chartNo++;
      return { chart, path };
    });
    const drawingRels = addRelationships(
      null,
      charts.map((c) => ({ type: REL_CHART, target: `../charts/${c.path.slice("xl/charts/".length)}` })),
    );
    zip.file(
      drawingPath,
      drawingXml(
        charts.map((c, i) => ({ relId: drawingRels.ids[i] as string, anchor: c.chart.anchor, name: c.chart.title })),
      ),
    );
    zip.file(relsPathOf(drawingPath), drawingRels.xml);
    const sheetRelsPath = relsPathOf(sheetPath);
    const sheetRels = addRelationships(await read(sheetRelsPath), [
      { type: REL_DRAWING, target: `../drawings/drawing${drawingNo}.xml` },
    ]);
    zip.file(sheetRelsPath, sheetRels.xml);
    zip.file(sheetPath, withDrawingElement(sheetXml, sheetRels.ids[0] as string));
    contentTypes = withOverrides(contentTypes, [
      ...charts.map((c) => ({ name: `/${c.path}`, type: CT_CHART })),
      { name: `/${drawingPath}`, type: CT_DRAWING },
    ]);
    drawingNo++;
  }
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
