/**
 * The xlsx chart parts (src/adapters/xlsx/chart-part.ts): 「概要」's ChartPlan becomes a DrawingML bar chart in the
 * package exceljs wrote, its series reading the plan's source range; the default font is the UI font; LibreOffice
 * reads the chart (it saves it again when converting the file).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  addChartParts,
  addRelationships,
  chartSpaceXml,
  drawingXml,
  seriesRefs,
  sheetPartPaths,
  withDefaultFont,
  withDrawingElement,
} from "../../../src/adapters/xlsx/chart-part";
import { writeWorkbookXlsx } from "../../../src/adapters/xlsx/write-workbook";
import { chartPlanOf, chartsInPackage } from "../../../src/adapters/xlsx/chart-readback";
import { loadXlsx, packXlsx } from "../../../src/adapters/xlsx/refresh-book";
import { parseRange } from "../../../src/lib/a1";
import { GRADES } from "../../../src/domain/status";
import { UI_FONT } from "../../../src/plan/style-palette";
import type { ChartPlan, WorkbookPlan } from "../../../src/plan/types";
import { buildWorkbookPlan } from "../../../src/plan/workbook";
import { SUMMARY_SHEET } from "../../../src/workbook/names";
import { loadFixture } from "../../plan/plan-readback";
import { convertDocument, findSoffice } from "../../support/libreoffice";

const CHART: ChartPlan = {
  kind: "columnStacked",
  title: "基本目標別の評価 & <件数>",
  sourceRange: "A6:C9",
  anchor: "B20",
  seriesColors: ["#70AD47", "#C00000"],
};

describe("chart XML (pure)", () => {
  it("makes one series per column after the category column, with absolute references to the plan's range", () => {
    expect(seriesRefs("概要", CHART)).toEqual([
      { name: "'概要'!$B$6", categories: "'概要'!$A$7:$A$9", values: "'概要'!$B$7:$B$9" },
      { name: "'概要'!$C$6", categories: "'概要'!$A$7:$A$9", values: "'概要'!$C$7:$C$9" },
    ]);
  });

  it("writes a stacked column chart with the series colours and an escaped title", () => {
    const xml = chartSpaceXml("概要", CHART);
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="stacked"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    expect(xml.match(/<c:ser>/g)).toHaveLength(2);
    expect(xml).toContain('<a:srgbClr val="70AD47"/>');
    expect(xml).toContain('<a:srgbClr val="C00000"/>');
    expect(xml).toContain("<a:t>基本目標別の評価 &amp; &lt;件数&gt;</a:t>");
    expect(xml).toContain(`<a:ea typeface="${UI_FONT}"/>`);
  });

  it("anchors the drawing at the plan's cell (0-based markers)", () => {
    const xml = drawingXml([{ relId: "rId1", anchor: "B20", name: "グラフ" }]);
    expect(xml).toContain("<xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>19</xdr:row>");
    expect(xml).toContain('r:id="rId1"');
  });

  it("adds relationships with ids the rels do not use yet", () => {
    const existing =
      '<?xml version="1.0"?><Relationships xmlns="x"><Relationship Id="rId1" Type="t" Target="a"/></Relationships>';
    const added = addRelationships(existing, [{ type: "d", target: "../drawings/drawing1.xml" }]);
    expect(added.ids).toEqual(["rId2"]);
    expect(added.xml).toContain('<Relationship Id="rId1" Type="t" Target="a"/>');
    expect(added.xml).toContain('<Relationship Id="rId2" Type="d" Target="../drawings/drawing1.xml"/>');
  });

  it("puts <drawing> before tableParts and refuses a second drawing", () => {
    const sheet =
      '<worksheet xmlns:r="r"><sheetData/><pageSetup/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>';
    const out = withDrawingElement(sheet, "rId2");
    expect(out).toContain('<pageSetup/><drawing r:id="rId2"/><tableParts');
    expect(() => withDrawingElement(out, "rId3")).toThrow(/already has a drawing/);
  });

  it("finds sheet parts by name through the workbook's rels", () => {
    const wb =
      '<sheets><sheet name="A&amp;B" sheetId="1" r:id="rId4"/><sheet name="概要" sheetId="2" r:id="rId5"/></sheets>';
    const rels =
      '<Relationship Id="rId4" Type="w" Target="worksheets/sheet1.xml"/><Relationship Id="rId5" Type="w" Target="/xl/worksheets/sheet2.xml"/>';
    expect([...sheetPartPaths(wb, rels)]).toEqual([
      ["A&B", "xl/worksheets/sheet1.xml"],
      ["概要", "xl/worksheets/sheet2.xml"],
    ]);
  });

  it("sets the first (default) font of styles.xml to the UI font", () => {
    const styles =
      '<styleSheet><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/></font></fonts></styleSheet>';
    const out = withDefaultFont(styles);
    expect(out).toContain(`<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="${UI_FONT}"/>`);
    expect(out).toContain("<font><b/></font>");
    expect(out).not.toContain("Calibri");
  });
});

describe("the built workbook's 「概要」 chart", () => {
  const dataset = loadFixture("mixed");
  const plan: WorkbookPlan = buildWorkbookPlan(dataset, { builtAt: new Date("2025-06-01T00:00:00Z") });
  const planned = plan.sheets.find((s) => s.name === SUMMARY_SHEET)?.charts[0] as ChartPlan;
  let bytes: Buffer;
  let zip: JSZip;
  const text = async (path: string): Promise<string> => (await zip.file(path)?.async("string")) ?? "";

  beforeAll(async () => {
    bytes = await writeWorkbookXlsx(plan);
    zip = await JSZip.loadAsync(bytes);
  }, 60_000);

  it("has the chart, its drawing, their relationships and content types", async () => {
    const paths = sheetPartPaths(await text("xl/workbook.xml"), await text("xl/_rels/workbook.xml.rels"));
    const sheetPath = paths.get(SUMMARY_SHEET) as string;
    const sheetXml = await text(sheetPath);
    const relId = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)?.[1];
    expect(relId).toBeDefined();
    const sheetRels = await text(sheetPath.replace("worksheets/", "worksheets/_rels/") + ".rels");
    expect(sheetRels).toContain(
      `Id="${relId}" Type="${"http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"}" Target="../drawings/drawing1.xml"`,
    );
    expect(await text("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    const types = await text("[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    // Only 「概要」 has a chart.
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toEqual([
      "xl/charts/chart1.xml",
    ]);
  });

  it("reads each grade's series from 「概要」's header row and count rows", async () => {
    const chart = await text("xl/charts/chart1.xml");
    const r = parseRange(planned.sourceRange);
    const refs = [...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => (m[1] as string).replace(/&apos;/g, "'"));
    expect(refs).toHaveLength(3 * GRADES.length);
    GRADES.forEach((g, i) => {
      const col = String.fromCharCode(66 + i);
      expect(refs.slice(3 * i, 3 * i + 3)).toEqual([
        `'概要'!$${col}$${r.top}`,
        `'概要'!$A$${r.top + 1}:$A$${r.bottom}`,
        `'概要'!$${col}$${r.top + 1}:$${col}$${r.bottom}`,
      ]);
      expect(chart).toContain(`<a:srgbClr val="${g.chartColor.slice(1)}"/>`);
    });
  });

  it("stays a workbook exceljs reads (the parts it does not know are ignored)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet(SUMMARY_SHEET)?.getCell("A1").value).toBe("概要（評価の集計）");
  });

  it("reads its own chart back as the plan's ChartPlan", async () => {
    expect(chartPlanOf(chartSpaceXml(SUMMARY_SHEET, planned), planned.anchor)).toEqual(planned);
    expect(await chartsInPackage(bytes)).toEqual([{ sheetName: SUMMARY_SHEET, charts: [planned] }]);
  });

  it("keeps the chart when the file is loaded and saved again (a refresh, the committee's record)", async () => {
    const loaded = await loadXlsx(bytes);
    if (!loaded.ok) throw new Error("load failed");
    loaded.workbook.getWorksheet(SUMMARY_SHEET)!.getCell("J1").value = "edited";
    const again = await packXlsx(loaded.workbook);
    expect(await chartsInPackage(again)).toEqual([{ sheetName: SUMMARY_SHEET, charts: [planned] }]);
    // Saved twice: still one chart, not two.
    const twice = await loadXlsx(again);
    if (!twice.ok) throw new Error("load failed");
    const third = await JSZip.loadAsync(await packXlsx(twice.workbook));
    expect(Object.keys(third.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(1);
  });

  it("adds nothing but the default font when no sheet has charts", async () => {
    const plain = await addChartParts(bytes, []);
    const again = await JSZip.loadAsync(plain);
    expect(Object.keys(again.files).filter((f) => f.startsWith("xl/charts/chart"))).toEqual(["xl/charts/chart1.xml"]);
  });

  const soffice = findSoffice();
  (soffice ? it : it.skip)(
    "LibreOffice reads the chart: converting the file keeps a stacked bar chart over the same cells",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "kpi-chart-"));
      try {
        const file = join(dir, "book.xlsx");
        writeFileSync(file, bytes);
        const out = convertDocument(file, join(dir, "out"), "xlsx:Calc MS Excel 2007 XML", "xlsx");
        const converted = await JSZip.loadAsync(readFileSync(out));
        const charts = Object.keys(converted.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
        expect(charts).toHaveLength(1);
        const xml = (await converted.file(charts[0] as string)?.async("string")) ?? "";
        expect(xml).toMatch(/<c:grouping val="stacked"\/>/);
        const r = parseRange(planned.sourceRange);
        expect(xml).toContain(`$B$${r.top + 1}:$B$${r.bottom}`);
        // …and a workbook LibreOffice saved keeps it through exceljs too (the read-back takes its form of the part).
        const kept = await chartsInPackage(readFileSync(out));
        expect(kept.map((k) => [k.sheetName, k.charts.map((c) => [c.sourceRange, c.anchor])])).toEqual([
          [SUMMARY_SHEET, [[planned.sourceRange, planned.anchor]]],
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
