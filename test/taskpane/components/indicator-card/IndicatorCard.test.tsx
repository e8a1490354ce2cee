/** @jest-environment jsdom */
/**
 * The selected-indicator card over the real read path (useSelectedIndicator → readKpiRowAt) against a 「KPI一覧」 table
 * typed into the recording fake Excel: what the chart draws comes from the sheet's values, a negative 達成率 is capped
 * and flagged, and the 委員意見 and 評価 panels show the same card.
 */
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import type { Lang } from "../../../../src/lib/lang";
import { applyWorkbookPlan } from "../../../../src/adapters/office";
import { IndicatorCard } from "../../../../src/taskpane/components/indicator-card/IndicatorCard";
import type { CardVerification } from "../../../../src/taskpane/components/indicator-card/IndicatorCard.types";
import { PaneRoot } from "../../../../src/taskpane/components/pane-root/PaneRoot";
import type { ExcelHost } from "../../../../src/taskpane/host/excel-host";
import { useExcelHost } from "../../../../src/taskpane/host/HostContext";
import { useSelectedIndicator } from "../../../../src/taskpane/host/useSelectedIndicator";
import { CommentsPanel } from "../../../../src/taskpane/panels/comments/CommentsPanel";
import { EvaluationPanel } from "../../../../src/taskpane/panels/evaluation/EvaluationPanel";
import { createFakeExcel, type FakeExcel } from "../../../support/fake-excel";
import { MEETINGS, MEMBERS, seededIds } from "../../../fixtures/comments/records";
import { commentsPlan, mixedDataset } from "../../../fixtures/comments/workbook";

const HEADERS = [
  "ID",
  "指標名",
  "区分",
  "単位",
  "基準値",
  "基準年度",
  "目標値",
  "目標年度",
  "方向",
  "最新実績",
  "実績年度",
  "達成率",
  "期待進捗",
  "評価",
  "令和2年度(2020)",
  "令和3年度(2021)",
  "令和4年度(2022)",
  "令和5年度(2023)",
  "令和6年度(2024)",
];
type Row = (string | number | null)[];
// Row 2: 増加 from 100 (2019) to 200 (2027) with 2022 missing; row 3: 減少 whose actual went the wrong way.
const ROWS: Row[] = [
  [
    "1-1-N1",
    "新規求人数",
    "数値目標",
    "人",
    100,
    2019,
    200,
    2027,
    "増加",
    130,
    2024,
    0.3,
    0.625,
    "C 遅れ",
    110,
    130,
    null,
    120,
    130,
  ],
  [
    "2-1-K1",
    "年少人口",
    "KPI",
    "人",
    1000,
    2019,
    900,
    2027,
    "減少",
    1860,
    2024,
    -8.598,
    0.625,
    "D 悪化",
    null,
    null,
    null,
    null,
    1860,
  ],
];

function col(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** 「KPI一覧」 with the table KPI at A1 holding HEADERS and ROWS as values (no formulas: what the card reads). */
async function typedKpi(verificationCells?: readonly string[]): Promise<FakeExcel> {
  const fx = createFakeExcel({ sheets: ["KPI一覧"] });
  const sheet = fx.context.workbook.worksheets.getItem("KPI一覧");
  // 要確認 as the plan writes it: a column at the end, 「要確認」 until 「確認事項」 says 確認済.
  const headers = verificationCells ? [...HEADERS, "要確認"] : HEADERS;
  const rows = ROWS.map((r, i) => (verificationCells ? [...r, verificationCells[i] ?? ""] : r));
  const address = `A1:${col(headers.length)}${rows.length + 1}`;
  sheet.getRange(address).values = [headers, ...rows];
  const table = sheet.tables.add(address, true) as { name: string };
  table.name = "KPI";
  await fx.context.sync();
  return fx;
}

const hostOf = (fx: FakeExcel): ExcelHost => ({
  kind: "fake",
  run: (batch) => batch(fx.context),
  isSetSupported: () => true,
});

let verification: CardVerification | undefined;
function Harness() {
  const host = useExcelHost();
  const indicator = useSelectedIndicator(host, "");
  return <IndicatorCard indicator={indicator} empty={<p>none</p>} {...(verification ? { verification } : {})} />;
}

function renderCard(fx: FakeExcel, lang: Lang = "ja") {
  render(
    <PaneRoot
      host={hostOf(fx)}
      lang={lang}
      panels={[{ id: "card", titleKey: "comments.title", Component: Harness }]}
    />,
  );
}

const select = async (fx: FakeExcel, address: string) => {
  await waitFor(() => expect(fx.fake.state.selectionHandlers.length).toBeGreaterThan(0));
  await act(async () => {
    await fx.fake.state.select("KPI一覧", address);
  });
};

/** The card's term → its value, as shown. */
function facts(card: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dt of card.querySelectorAll("dt")) {
    out[dt.textContent ?? ""] = (dt.nextElementSibling as HTMLElement).textContent ?? "";
  }
  return out;
}

afterEach(() => {
  verification = undefined;
});

describe("IndicatorCard", () => {
  it("draws the actuals the sheet holds against the straight path from 基準値 to 目標値", async () => {
    const fx = await typedKpi();
    renderCard(fx);
    await select(fx, "B2");
    await screen.findByRole("heading", { name: "1-1-N1 新規求人数" });
    const chart = screen.getByRole("img");
    const points = [...chart.querySelectorAll("circle[data-part=actual]")];

    // The points are the typed actuals, in year order, 2022 (blank) left out.
    const typed = HEADERS.slice(14).flatMap((h, i) => {
      const v = ROWS[0]![14 + i];
      return typeof v === "number" ? [[Number(/\((\d{4})\)/.exec(h)![1]), v]] : [];
    });
    expect(points.map((p) => [Number(p.getAttribute("data-year")), Number(p.getAttribute("data-value"))])).toEqual(
      typed,
    );

    // Placed on linear scales that the path's ends share: x by year, y by value.
    const base = { year: 2019, value: 100 };
    const target = { year: 2027, value: 200 };
    const path = chart.querySelector("line[data-part=path]")!;
    const from = { x: Number(path.getAttribute("x1")), y: Number(path.getAttribute("y1")) };
    const to = { x: Number(path.getAttribute("x2")), y: Number(path.getAttribute("y2")) };
    const xPerYear = (to.x - from.x) / (target.year - base.year);
    const yPerUnit = (to.y - from.y) / (target.value - base.value);
    expect(yPerUnit).toBeLessThan(0); // larger values higher up
    for (const p of points) {
      const [year, value] = [Number(p.getAttribute("data-year")), Number(p.getAttribute("data-value"))];
      expect(Number(p.getAttribute("cx"))).toBeCloseTo(from.x + (year - base.year) * xPerYear, 6);
      expect(Number(p.getAttribute("cy"))).toBeCloseTo(from.y + (value - base.value) * yPerUnit, 6);
    }
    const mark = chart.querySelector("[data-part=target]")!;
    expect([mark.getAttribute("data-year"), mark.getAttribute("data-value")]).toEqual(["2027", "200"]);

    // Behind the path: the actuals below the line's value in their year, worked out here from the row.
    const behind = typed
      .filter(([year, value]) => value! < base.value + ((target.value - base.value) * (year! - base.year)) / 8)
      .map(([year]) => String(year));
    expect(
      points.filter((p) => p.getAttribute("data-on-track") === "false").map((p) => p.getAttribute("data-year")),
    ).toEqual(behind);

    // Lines join consecutive years only: 2020–2021 and 2023–2024, not across the blank 2022.
    expect(chart.querySelectorAll("path[data-part=actuals]")).toHaveLength(2);

    // Its name summarises it; the hidden table gives each year's numbers.
    expect(chart).toHaveAccessibleName(
      "実績と目標への道筋: 実績 4 点（令和元年度(2019)〜令和9年度(2027)）と、100人（令和元年度(2019)）から目標値 200人（令和9年度(2027)）への直線の道筋。最新の実績 130人（令和6年度(2024)）は道筋に届いていません。",
    );
    const table = screen.getByRole("table", { name: "年度ごとの実績と道筋" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[0]).toEqual(["令和2年度(2020)", "110人", "112.5人", "届いていない"]);
    expect(rows.map((r) => r[1])).toEqual(typed.map(([, v]) => `${v}人`));

    const card = screen.getByRole("region", { name: "選択中の指標" });
    expect(facts(card)).toMatchObject({
      "基準値 → 目標値": "100人（令和元年度(2019)） → 200人（令和9年度(2027)）",
      最新実績: "130人（令和6年度(2024)）",
      達成率: "30.0%",
      期待進捗: "62.5%",
      評価: "C 遅れ",
    });
    expect(within(card).getByText("数値目標")).toBeInTheDocument();
  });

  it("shows a negative 達成率 as 0.0% 「基準値より悪化」 with the calculated figure beside it", async () => {
    const fx = await typedKpi();
    renderCard(fx);
    await select(fx, "A3");
    await screen.findByRole("heading", { name: "2-1-K1 年少人口" });
    const card = screen.getByRole("region", { name: "選択中の指標" });
    const progress = ROWS[1]![11] as number;
    expect(facts(card)["達成率"]).toBe(`0.0%基準値より悪化算定値 ${(progress * 100).toFixed(1)}%`);
    expect(facts(card)["達成率"]).not.toMatch(/^-/);
    // One actual, no line; the 減少 path drawn downwards.
    const chart = screen.getByRole("img");
    expect(chart.querySelectorAll("circle[data-part=actual]")).toHaveLength(1);
    expect(chart.querySelectorAll("path[data-part=actuals]")).toHaveLength(0);
    const path = chart.querySelector("line[data-part=path]")!;
    expect(Number(path.getAttribute("y2"))).toBeGreaterThan(Number(path.getAttribute("y1")));
  });

  it("shows the staff's 要確認 state when given, and speaks English", async () => {
    verification = { state: "要確認", reading: "指標名から離れて出力されている" };
    const fx = await typedKpi();
    renderCard(fx, "en");
    await select(fx, "A2");
    await screen.findByRole("heading", { name: "1-1-N1 新規求人数" });
    expect(screen.getByText("Staff: to check")).toBeInTheDocument();
    expect(screen.getByText("指標名から離れて出力されている")).toBeInTheDocument();
    const card = screen.getByRole("region", { name: "Selected indicator" });
    expect(facts(card)["Baseline → target"]).toBe("100人 in FY2019 (令和元) → 200人 in FY2027 (令和9)");
    expect(screen.getByRole("img")).toHaveAccessibleName(/^Actuals and the path to the target: 4 actuals/);
  });
});

describe("the 要確認 state the sheet shows", () => {
  it("badges a row whose 要確認 cell reads 要確認 for staff, and drops the badge once the sheet says it is checked", async () => {
    const fx = await typedKpi(["要確認", ""]);
    renderCard(fx);
    await select(fx, "A2");
    await screen.findByRole("heading", { name: "1-1-N1 新規求人数" });
    expect(screen.getByText("事務局：要確認")).toBeInTheDocument();
    await select(fx, "A3");
    await screen.findByRole("heading", { name: "2-1-K1 年少人口" });
    expect(screen.queryByText(/^事務局：/)).toBeNull();
  });
});

describe("the 委員意見 and 評価 panels", () => {
  it("show the same card for the same selected row", async () => {
    const fx = createFakeExcel();
    const applied = await applyWorkbookPlan(fx.context, commentsPlan({ members: MEMBERS, meetings: MEETINGS }), {
      isSetSupported: () => true,
    });
    if (!applied.ok) throw new Error(JSON.stringify(applied));
    const host = hostOf(fx);
    const cards: { heading: string; facts: string; chart: string }[] = [];
    const panels = [
      () => (
        <CommentsPanel
          ids={seededIds("2025-11-20T05:30:05Z", 3)}
          storage={{ getItem: () => null, setItem: () => undefined }}
        />
      ),
      () => (
        <EvaluationPanel
          storage={{ getItem: () => "企画課", setItem: () => undefined }}
          loadDataset={() => ({ ok: true, dataset: mixedDataset() })}
        />
      ),
    ];
    for (const Panel of panels) {
      render(<PaneRoot host={host} lang="ja" panels={[{ id: "p", titleKey: "comments.title", Component: Panel }]} />);
      await select(fx, "B5");
      const heading = await screen.findByRole("heading", { level: 3, name: /^1-1-K1-1 / }, { timeout: 10_000 });
      const card = heading.closest("section") as HTMLElement;
      expect(card).toHaveAccessibleName("選択中の指標");
      cards.push({
        heading: heading.textContent ?? "",
        facts: card.querySelector("dl")!.outerHTML,
        chart: card.querySelector("figure")?.outerHTML ?? card.textContent ?? "",
      });
      cleanup();
    }
    expect(cards[1]).toEqual(cards[0]);
    expect(cards[0]!.facts).toContain("基準値 → 目標値");
  });
});
