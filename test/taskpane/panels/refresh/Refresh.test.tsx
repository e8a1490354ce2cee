/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSchema, type Dataset } from "../../../../src/domain/dataset/schema";
import { datasetToCsv } from "../../../../src/domain/dataset/ingest/csv-dataset";
import { HISTORY_SHEET } from "../../../../src/refresh/history";
import { yearKey } from "../../../../src/workbook/kpi-columns";
import { buildWorkbookPlan } from "../../../../src/plan/workbook";
import { applyWorkbookPlan } from "../../../../src/adapters/office";
import { PaneRoot } from "../../../../src/taskpane/components/pane-root/PaneRoot";
import type { ExcelHost } from "../../../../src/taskpane/host/excel-host";
import { defaultPanels } from "../../../../src/taskpane/panels";
import { Refresh } from "../../../../src/taskpane/panels/refresh/Refresh";
import { createFakeExcel, ensureCell, getCell, type FakeExcel } from "../../../support/fake-excel";
import { kpiCol } from "../../../support/layout";

const bundled: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(__dirname, "../../../../seeds/kpi-dataset.json"), "utf8")),
);
const NOW = new Date("2026-11-24T09:00:00+09:00");
const first = bundled.indicators[0]!.id;

function hostFor(fx: FakeExcel): ExcelHost {
  return { kind: "fake", run: (batch) => batch(fx.context), isSetSupported: () => true };
}

async function builtWorkbook(): Promise<FakeExcel> {
  const fx = createFakeExcel();
  const result = await applyWorkbookPlan(fx.context, buildWorkbookPlan(bundled, { builtAt: NOW }), {
    isSetSupported: () => true,
  });
  if (!result.ok) throw new Error("build failed");
  // Someone typed an actual for the first indicator (row 4).
  ensureCell(fx.fake.state.sheet("KPI一覧"), 4, kpiCol(yearKey(2024))).value = 77;
  return fx;
}

function renderPanel(fx: FakeExcel) {
  const Panel = () => <Refresh now={() => NOW} who={() => "事務局"} />;
  return render(
    <PaneRoot host={hostFor(fx)} lang="ja" panels={[{ id: "refresh", titleKey: "refresh.title", Component: Panel }]} />,
  );
}

describe("「データを更新」 panel", () => {
  it("is registered in the pane's panel list", () => {
    expect(defaultPanels.map((p) => p.id)).toContain("refresh");
  });

  it("previews first (nothing written), then applies on confirmation with the chosen conflict", async () => {
    const fx = await builtWorkbook();
    renderPanel(fx);
    const next: Dataset = JSON.parse(JSON.stringify(bundled)) as Dataset;
    next.datasetVersion = "1.1.0";
    next.indicators[0]!.actuals = [
      { year: 2024, value: 78 },
      { year: 2023, value: 70 },
    ];
    next.indicators[1]!.name = "名称を修正した指標";
    const csv = new File([datasetToCsv(next)], "kpi-1.1.0.csv", { type: "text/csv" });

    await userEvent.click(screen.getByRole("radio", { name: "ファイル（JSON または CSV）" }));
    await userEvent.upload(screen.getByLabelText("データセットのファイル"), csv);
    const requestsBefore = fx.fake.state.requests.length;
    await userEvent.click(screen.getByRole("button", { name: "変更を確認" }));

    expect(await screen.findByText("更新の内容（まだ書き込んでいません）")).toBeInTheDocument();
    expect(
      screen.getByText(
        /データセット 1\.0\.0 → 1\.0\.0: 追加 0、定義変更 1 指標、廃止 0、実績の補完 1、競合 1、数式の復元 0/,
      ),
    ).toBeInTheDocument();
    expect(
      // The line names the indicator, not only its id.
      screen.getByText(
        new RegExp(`${bundled.indicators[1]!.id}「名称を修正した指標」 指標名: .* → 名称を修正した指標`),
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`${first} 令和6年度\\(2024\\)（.+4）: ブック 77 / データセット 78`)),
    ).toBeInTheDocument();
    // The preview only read: every request since has no writes of cells.
    expect(getCell(fx.fake.state.sheet("KPI一覧"), 4, kpiCol(yearKey(2023)))?.value ?? null).toBeNull();
    expect(fx.fake.state.sheets.some((s) => s.name === HISTORY_SHEET)).toBe(false);
    expect(fx.fake.state.requests.length).toBeGreaterThan(requestsBefore);

    await userEvent.click(screen.getByRole("checkbox", { name: `${first} 2024: データセットの値を採用` }));
    await userEvent.click(screen.getByRole("button", { name: "更新を実行" }));
    expect(await screen.findByText("更新しました")).toBeInTheDocument();
    const kpi = fx.fake.state.sheet("KPI一覧");
    expect(getCell(kpi, 4, kpiCol(yearKey(2024)))?.value).toBe(78);
    expect(getCell(kpi, 4, kpiCol(yearKey(2023)))?.value).toBe(70);
    expect(getCell(kpi, 5, kpiCol("name"))?.value).toBe("名称を修正した指標");
    const history = fx.fake.state.sheet(HISTORY_SHEET);
    expect([getCell(history, 2, 2)?.value, getCell(history, 2, 3)?.value]).toEqual(["事務局", "kpi-1.1.0.csv"]);
  });

  it("a refresh with nothing to change says so, with no row of zeros and nothing to apply", async () => {
    const fx = createFakeExcel();
    const built = await applyWorkbookPlan(fx.context, buildWorkbookPlan(bundled, { builtAt: NOW }), {
      isSetSupported: () => true,
    });
    expect(built.ok).toBe(true);
    renderPanel(fx);
    await userEvent.click(screen.getByRole("button", { name: "変更を確認" }));
    expect(await screen.findByText("ブックは最新です")).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`データセット ${bundled.datasetVersion} の内容はすべてブックに入っています`)),
    ).toBeInTheDocument();
    expect(screen.queryByText(/追加 0、定義変更 0 指標/)).toBeNull();
    expect(screen.queryByRole("button", { name: "更新を実行" })).toBeNull();
  });

  it("a dataset whose only news is a target revision is not called up to date, and can be applied", async () => {
    const fx = await builtWorkbook();
    renderPanel(fx);
    const next: Dataset = JSON.parse(JSON.stringify(bundled)) as Dataset;
    const target = bundled.indicators.find((i) => typeof i.target.value === "number")!;
    next.revisions = [{ indicatorId: target.id, target: 1, fromYear: 2025, reason: "令和6年3月の改訂" }];
    const json = new File([JSON.stringify(next)], "kpi-revised.json", { type: "application/json" });
    await userEvent.click(screen.getByRole("radio", { name: "ファイル（JSON または CSV）" }));
    await userEvent.upload(screen.getByLabelText("データセットのファイル"), json);
    await userEvent.click(screen.getByRole("button", { name: "変更を確認" }));
    expect(await screen.findByText("更新の内容（まだ書き込んでいません）")).toBeInTheDocument();
    expect(screen.queryByText("ブックの内容はデータセットと一致しています。")).toBeNull();
    expect(screen.queryByText("ブックは最新です")).toBeNull();
    expect(screen.getByText(/目標の見直し 1/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "更新を実行" })).toBeInTheDocument();
  });

  it("a dataset that only rewords a 要確認 note lists it, without saying the workbook matches the dataset", async () => {
    const fx = await builtWorkbook();
    renderPanel(fx);
    const next: Dataset = JSON.parse(JSON.stringify(bundled)) as Dataset;
    const noted = next.indicators.find((i) => i.verification)!;
    noted.verification = { ...noted.verification!, reason: "原本PDFで確認済みの読み方に改めた。" };
    const json = new File([JSON.stringify(next)], "kpi-reworded.json", { type: "application/json" });
    await userEvent.click(screen.getByRole("radio", { name: "ファイル（JSON または CSV）" }));
    await userEvent.upload(screen.getByLabelText("データセットのファイル"), json);
    await userEvent.click(screen.getByRole("button", { name: "変更を確認" }));
    expect(await screen.findByText("更新の内容（まだ書き込んでいません）")).toBeInTheDocument();
    expect(screen.getByText(new RegExp(noted.id))).toBeInTheDocument();
    expect(screen.queryByText("ブックの内容はデータセットと一致しています。")).toBeNull();
  });

  it("an invalid file lists its problems and writes nothing", async () => {
    const fx = await builtWorkbook();
    renderPanel(fx);
    await userEvent.click(screen.getByRole("radio", { name: "ファイル（JSON または CSV）" }));
    await userEvent.upload(
      screen.getByLabelText("データセットのファイル"),
      new File(['id,kind2\n"x'], "bad.csv", { type: "text/csv" }),
    );
    const requests = fx.fake.state.requests.length;
    await userEvent.click(screen.getByRole("button", { name: "変更を確認" }));
    const status = await screen.findByText("更新できません（ブックは変更していません）");
    expect(
      within(status.closest("[role=status]") as HTMLElement).getByText(/bad\.csv:2:A: a quoted field is never closed/),
    ).toBeInTheDocument();
    expect(fx.fake.state.requests.length).toBe(requests);
  });

  it("a damaged workbook names the cell and writes nothing", async () => {
    const fx = await builtWorkbook();
    ensureCell(fx.fake.state.sheet("KPI一覧"), 5, kpiCol(yearKey(2022))).value = "集計中";
    renderPanel(fx);
    await userEvent.click(screen.getByRole("button", { name: "変更を確認" }));
    expect(await screen.findByText(/に数値でない「集計中」があります/)).toBeInTheDocument();
    expect(fx.fake.state.sheets.some((s) => s.name === HISTORY_SHEET)).toBe(false);
  });
});
