/**
 * The 効果検証報告書 (ReportModel, src/domain/evaluation/report.ts) → .docx. `reportDocxModel` is the formatter (the
 * docx object tree, no I/O); `packReportDocx` packs it. A4 portrait, Japanese fonts, page numbers, a table of contents
 * (a TOC field over Heading 1–2, written with its entries so a reader that does not update fields still shows them),
 * headings that keep with the next paragraph. Charts are PNG images (png-chart.ts) with their labels as text beside
 * them: the grade counts as a table in the grades' colours, the trend's legend and axes as a caption.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LeaderType,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatProgress, formatQuantity } from "../../domain/minutes/status-line";
import { periodLabel } from "../../domain/periods";
import { GRADES } from "../../domain/status";
import {
  PROVISIONAL_MARK,
  type ReportComment,
  type ReportGoal,
  type ReportIndicator,
  type ReportModel,
} from "../../domain/evaluation/report";
import {
  a4Document,
  packDocument,
  CELL_BORDERS,
  CELL_MARGINS,
  CONTENT_WIDTH,
  LABEL_FILL,
  heading,
  textRuns,
  xmlSafe,
  type DocxFontOptions,
} from "./docx-common";
import { stackedBarChart, trendChart, trendRange, type Colour } from "./png-chart";

export type ReportDocxOptions = DocxFontOptions;

/** The fill of a grade's cell and its colour in the charts; 委員会評価 shares the letters' colours. */
const COMMITTEE_EXTRA: Readonly<Record<string, { fill: string; chart: Colour }>> = {
  評価保留: { fill: "D9D9D9", chart: "#7F7F7F" },
  未判定: { fill: "FFFFFF", chart: "#D0D0D0" },
};
function gradeColours(grade: string): { fill: string | null; chart: Colour } {
  const info = GRADES.find((g) => g.grade === grade);
  if (info) return { fill: info.fill?.slice(1) ?? null, chart: info.chartColor };
  return COMMITTEE_EXTRA[grade] ?? { fill: null, chart: "#D9D9D9" };
}

interface CellOptions {
  readonly fill?: string | null;
  readonly bold?: boolean;
  readonly align?: "left" | "center" | "right";
}

function cell(text: string, width: number, opts: CellOptions = {}): TableCell {
  const alignment =
    opts.align === "right" ? AlignmentType.RIGHT : opts.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: CELL_BORDERS,
    margins: CELL_MARGINS,
    ...(opts.fill ? { shading: { type: ShadingType.CLEAR, fill: opts.fill, color: "auto" } } : {}),
    children: [new Paragraph({ alignment, children: textRuns(text, opts.bold ? { bold: true } : {}) })],
  });
}

function table(rows: readonly TableCell[][], widths: readonly number[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    rows: rows.map((children) => new TableRow({ cantSplit: true, children })),
  });
}

const para = (text: string, opts: { bold?: boolean; keepNext?: boolean; color?: string; size?: number } = {}) =>
  new Paragraph({
    keepNext: opts.keepNext ?? false,
    // a bold line labels what follows (「実績の推移」): room above it, so it does not cling to the table before
    ...(opts.bold ? { spacing: { before: 160 } } : {}),
    children: textRuns(text, {
      ...(opts.bold ? { bold: true } : {}),
      ...(opts.color ? { color: opts.color } : {}),
      ...(opts.size ? { size: opts.size } : {}),
    }),
  });

/** An image paragraph; `px` are the PNG's pixels, shown at 96 per inch scaled to `widthPx`. */
function image(png: Uint8Array, px: { width: number; height: number }, widthPx: number, alt: string): Paragraph {
  const height = Math.round((px.height * widthPx) / px.width);
  return new Paragraph({
    keepNext: true,
    spacing: { before: 80, after: 40, line: 240, lineRule: LineRuleType.AUTO },
    children: [
      new ImageRun({
        type: "png",
        data: png,
        transformation: { width: widthPx, height },
        altText: { name: alt, description: alt, title: alt },
      }),
    ],
  });
}

const quantity = (v: number | null, ind: ReportIndicator): string =>
  v === null ? "−" : `${formatQuantity(v, ind.decimals)}${ind.unit}`;

/** The counts table's rows: the four judged grades both have, then each column's own. */
const COUNT_ROWS = ["A 達成", "B 順調", "C 遅れ", "D 悪化", "評価保留", "− 未評価", "目標未設定", "未判定"] as const;

function countsBlock(goal: ReportGoal): (Paragraph | Table)[] {
  const formula = goal.formulaCounts.map((c) => ({ value: c.count, colour: gradeColours(c.grade).chart }));
  const committee = goal.committeeCounts.map((c) => ({ value: c.count, colour: gradeColours(c.grade).chart }));
  const chart = stackedBarChart([{ segments: formula }, { segments: committee }], { width: 480, barHeight: 26 });
  const n = goal.indicators.length;
  const labelW = 2200;
  const w = Math.floor((CONTENT_WIDTH - labelW) / 2);
  const formulaOf = new Map<string, number>(goal.formulaCounts.map((c) => [c.grade, c.count]));
  const committeeOf = new Map<string, number>(goal.committeeCounts.map((c) => [c.grade, c.count]));
  const countText = (m: ReadonlyMap<string, number>, g: string): string => {
    const c = m.get(g);
    return c === undefined ? "−" : `${c}`;
  };
  const rows = COUNT_ROWS.map((g) => [
    cell(g, labelW, { fill: gradeColours(g).fill }),
    cell(countText(formulaOf, g), w, { align: "right" }),
    cell(countText(committeeOf, g), w, { align: "right" }),
  ]);
  return [
    heading("評価の集計", 2),
    para(`指標数 ${n}。上段の帯が評価（算定）、下段の帯が委員会評価の内訳です（色は下表の区分の色）。`, {
      keepNext: true,
    }),
    image(chart.png(), chart, 480, `${goal.heading} 評価の内訳`),
    table(
      [
        [
          cell("区分", labelW, { bold: true, fill: LABEL_FILL }),
          cell("評価（算定）", w, { bold: true, fill: LABEL_FILL }),
          cell("委員会評価", w, { bold: true, fill: LABEL_FILL }),
        ],
        ...rows,
      ],
      [labelW, w, w],
    ),
  ];
}

function trendBlock(ind: ReportIndicator, year: number): Paragraph[] {
  const target =
    ind.path?.to ??
    (ind.revision
      ? { year: ind.revision.revisedTargetYear ?? ind.target.year, value: ind.revision.revisedTarget }
      : ind.target.value === null
        ? null
        : { year: ind.target.year, value: ind.target.value });
  const values = [
    ...ind.actuals.map((a) => a.value),
    ...(ind.path ? [ind.path.from.value, ind.path.to.value] : []),
    ...(target ? [target.value] : []),
  ];
  if (ind.actuals.length === 0 && !ind.path) return [];
  const yRange = trendRange(values);
  const first = Math.min(...ind.actuals.map((a) => a.year), ind.path?.from.year ?? year, year);
  const last = Math.max(year, target?.year ?? year, ind.path?.to.year ?? year);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const chart = trendChart(
    { years, actuals: ind.actuals, path: ind.path, target, evaluationYear: year, yRange },
    { width: 520, height: 200 },
  );
  const basis = ind.basis === "fiscal" ? "年度" : "年";
  const caption =
    `図：実績（青の線と■）` +
    (ind.path ? `、判定基準値から目標値への直線（赤の破線）` : "") +
    (target ? `、目標値（赤の□）` : "") +
    `。網掛けは評価年度。横軸 ${first}〜${last}${basis}、縦軸 ${formatQuantity(yRange.min, ind.decimals)}〜${formatQuantity(yRange.max, ind.decimals)}${ind.unit}。`;
  return [image(chart.png(), chart, 520, `${ind.id} 実績の推移`), para(caption, { color: "404040", size: 18 })];
}

function commentParagraphs(list: readonly ReportComment[], empty: string): Paragraph[] {
  if (list.length === 0) return [para(empty, { color: "595959" })];
  return list.flatMap((c) => [
    new Paragraph({
      spacing: { before: 80 },
      keepNext: true,
      children: [
        new TextRun({ text: `○${xmlSafe(c.speaker)}`, bold: true }),
        new TextRun(`（第${c.meeting}回${c.meetingDate ? `・${c.meetingDate}` : ""}、${c.category}）`),
      ],
    }),
    new Paragraph({ indent: { left: 240 }, children: textRuns(c.text) }),
    new Paragraph({
      indent: { left: 240 },
      children: [
        new TextRun({ text: `市の回答・対応（${c.status}）：`, bold: true }),
        ...(c.response.trim() === "" ? [new TextRun("（回答なし）")] : textRuns(c.response)),
      ],
    }),
  ]);
}

function indicatorBlock(ind: ReportIndicator, year: number): (Paragraph | Table)[] {
  const labelW = 2000;
  const valueW = CONTENT_WIDTH - labelW;
  const row = (label: string, value: string, fill: string | null = null) => [
    cell(label, labelW, { bold: true, fill: LABEL_FILL }),
    cell(value === "" ? "−" : value, valueW, { fill }),
  ];
  const target = `${quantity(ind.baseline.value, ind)}（${periodLabel(ind.baseline.year, ind.basis)}）→ ${quantity(ind.target.value, ind)}（${periodLabel(ind.target.year, ind.basis)}）`;
  const rev = ind.revision;
  const latest =
    ind.latest === null
      ? "なし"
      : `${quantity(ind.latest, ind)}（${ind.latestYear === null ? "" : periodLabel(ind.latestYear, ind.basis)}）`;
  const rows = [
    row("担当課", ind.department),
    row("施策", ind.measure || ind.subGoal),
    row("基準値 → 目標値", target),
    ...(rev
      ? [
          row(
            "見直し後の目標値",
            `${quantity(rev.revisedTarget, ind)}（${periodLabel(rev.revisedTargetYear ?? ind.target.year, ind.basis)}）、` +
              `${periodLabel(rev.fromYear, "fiscal")}から適用${rev.meeting === null ? "" : `（第${rev.meeting}回会議で承認）`}。理由：${rev.reason}`,
          ),
        ]
      : []),
    row("最新実績", latest),
    row("達成率", ind.progress === null ? "−" : formatProgress(ind.progress)),
    row(
      "評価（算定）",
      `${ind.formulaGrade}${ind.provisional ? PROVISIONAL_MARK : ""}`,
      gradeColours(ind.formulaGrade).fill,
    ),
    row(
      "委員会評価",
      ind.committeeGrade === ""
        ? "未判定"
        : `${ind.committeeGrade}${ind.committeeReason ? `：${ind.committeeReason}` : ""}`,
      ind.committeeGrade === "" ? null : gradeColours(ind.committeeGrade).fill,
    ),
    row("外的要因", ind.externalFactor === "" ? "なし" : ind.externalFactor),
    row("要因分析", ind.analysis),
    row("課題", ind.issues),
    row("今後の方向性", ind.direction),
  ];
  const yearsW = Math.floor(CONTENT_WIDTH / Math.max(1, ind.actuals.length + 1));
  const actualsTable =
    ind.actuals.length === 0
      ? [para("実績値はまだ入力されていません。", { color: "595959" })]
      : [
          table(
            [
              [
                cell("年度", yearsW, { bold: true, fill: LABEL_FILL }),
                ...ind.actuals.map((a) => cell(`${a.year}`, yearsW, { align: "center", fill: LABEL_FILL })),
              ],
              [
                cell(`実績（${ind.unit}）`, yearsW, { bold: true, fill: LABEL_FILL }),
                ...ind.actuals.map((a) => cell(formatQuantity(a.value, ind.decimals), yearsW, { align: "right" })),
              ],
            ],
            [yearsW, ...ind.actuals.map(() => yearsW)],
          ),
        ];
  return [
    heading(`${ind.id} ${ind.name}`, 3),
    table(rows, [labelW, valueW]),
    para("実績の推移", { bold: true, keepNext: true }),
    ...actualsTable,
    ...trendBlock(ind, year),
    ...ind.notes.map((n) => para(`※${n}`, { color: "7F6000" })),
    para("委員意見と市の回答", { bold: true, keepNext: true }),
    ...commentParagraphs(ind.comments, "この年度の委員意見はありません。"),
    para("前年度意見への対応", { bold: true, keepNext: true }),
    ...commentParagraphs(ind.previousComments, "前年度の委員意見はありません。"),
  ];
}

/** The docx object tree of the report (no I/O). */
export function reportDocxModel(report: ReportModel, options: ReportDocxOptions = {}): Document {
  const legendW = 1800;
  const status =
    report.state === "closed"
      ? `評価確定済み（${report.closedAt.slice(0, 10)}）`
      : report.state === "mixed"
        ? "評価確定済み（確定後に加わった指標は暫定値）"
        : "暫定版：この年度の評価は未確定です";
  const children: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: textRuns(report.title) }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: textRuns(`${report.yearLabel}　${status}`) }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: "目次", bold: true, size: 26 })] }),
    // Written with its entries (docx fills them from the headings) but no page numbers, which only a layout knows:
    // Word updates the field on opening (updateFields); LibreOffice shows the entries as written, so no dot leader
    // runs to a missing number.
    new TableOfContents("目次", { headingStyleRange: "1-2", hyperlink: true, tabLeader: LeaderType.NONE }),
    heading("1 評価の方法と凡例", 1, { pageBreakBefore: true }),
    ...report.method.map((m) => para(m)),
    para("評価（算定）の区分", { bold: true, keepNext: true }),
    table(
      report.legend.map((l) => [
        cell(l.grade, legendW, { fill: gradeColours(l.grade).fill, bold: true }),
        cell(l.text, CONTENT_WIDTH - legendW),
      ]),
      [legendW, CONTENT_WIDTH - legendW],
    ),
    ...report.goals.flatMap((g, i) => [
      heading(`${i + 2} ${g.heading}`, 1, { pageBreakBefore: true }),
      ...countsBlock(g),
      heading("指標別の評価", 2),
      ...g.indicators.flatMap((ind) => indicatorBlock(ind, report.year)),
    ]),
    heading(`${report.goals.length + 2} 総括意見`, 1, { pageBreakBefore: true }),
    para("戦略全体", { bold: true, keepNext: true }),
    para(report.overallOpinion || "（総括意見は記録されていません）"),
    ...report.goals.flatMap((g) => [
      para(g.heading, { bold: true, keepNext: true }),
      para(g.opinion || "（記録なし）"),
    ]),
    para("施策・基本目標・全体に関する委員意見", { bold: true, keepNext: true }),
    ...commentParagraphs(report.generalComments, "この年度の意見はありません。"),
    ...(report.notes.length > 0 ? [heading("注記", 1), ...report.notes.map((n) => para(n))] : []),
  ];
  return a4Document(report.title, children, { ...options, updateFields: true });
}

/** The .docx bytes of the report (docx-common packDocument). */
export async function packReportDocx(
  report: ReportModel,
  options: ReportDocxOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  return packDocument(reportDocxModel(report, options));
}
