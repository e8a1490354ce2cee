/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import datasetJson from "../../../../seeds/kpi-dataset.json";
import type { Lang } from "../../../../src/lib/lang";
import { PaneRoot } from "../../../../src/taskpane/components/pane-root/PaneRoot";
import type { ExcelHost } from "../../../../src/taskpane/host/excel-host";
import { defaultPanels } from "../../../../src/taskpane/panels";
import { CreateWorkbook } from "../../../../src/taskpane/panels/create-workbook/CreateWorkbook";
import type { CreateWorkbookProps } from "../../../../src/taskpane/panels/create-workbook/CreateWorkbook.types";
import { createFakeExcel, FakeOfficeError, getCell, parseAddress, type FakeExcel } from "../../../support/fake-excel";
import { PLANNED_SHEETS } from "../../../support/layout";

const BUILT_AT = new Date("2026-11-24T09:00:00+09:00");
/** The sheets the panel names to people: the planned ones, not the very hidden metadata copy. */
const SHOWN_SHEETS = PLANNED_SHEETS.filter((s) => s !== "_kpi-review");
const datasetIds = (datasetJson as { indicators: { id: string }[] }).indicators.map((i) => i.id);

function hostFor(fx: FakeExcel, isSetSupported: (name: string, version: string) => boolean = () => true): ExcelHost {
  return { kind: "fake", run: (batch) => batch(fx.context), isSetSupported };
}

function renderPane(host: ExcelHost, { lang = "ja", ...props }: CreateWorkbookProps & { lang?: Lang } = {}) {
  const Panel = () => <CreateWorkbook now={() => BUILT_AT} retryDelayMs={0} {...props} />;
  return render(
    <PaneRoot host={host} lang={lang} panels={[{ id: "workbook", titleKey: "workbook.title", Component: Panel }]} />,
  );
}

async function press(name: string) {
  await userEvent.click(screen.getByRole("button", { name }));
}

/** Column A below the header cell "ID" (the layout above the table is the plan's business, not this panel's). */
function idsOnKpiSheet(fx: FakeExcel): string[] {
  const state = fx.fake.state.sheet("KPI一覧");
  let header = 1;
  while (header < 20 && getCell(state, header, 1)?.value !== "ID") header++;
  if (header === 20) throw new Error("no ID header in column A of KPI一覧");
  const out: string[] = [];
  for (let row = header + 1; ; row++) {
    const value = getCell(state, row, 1)?.value;
    if (value === undefined || value === null || value === "") return out;
    out.push(String(value));
  }
}

describe("「ワークブックを作成」 panel", () => {
  it("is one of the secretariat's tools, not the panel the pane opens on", () => {
    expect(defaultPanels[0]?.id).toBe("comments");
    expect(defaultPanels.find((p) => p.id === "workbook")?.group).toBe("staff");
  });

  it("builds the sheets from the bundled dataset, naming every one before and after", async () => {
    const fx = createFakeExcel();
    renderPane(hostFor(fx));
    expect(
      screen.getByText(
        `同梱のデータ（${datasetIds.length} 指標）から、このブックに次のシートを作成します: ` +
          SHOWN_SHEETS.map((s) => `「${s}」`).join(""),
      ),
    ).toBeInTheDocument();
    await press("ワークブックを作成");

    expect(await screen.findByText("ワークブックを作成しました")).toBeInTheDocument();
    expect(screen.getByText(`作成したシート: ${SHOWN_SHEETS.join("、")}`)).toBeInTheDocument();
    // the planned sheets after the one that was there, then the metadata's second copy (very hidden)
    expect(fx.fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", ...PLANNED_SHEETS]);
    // every indicator of the dataset has its row, by id, under the header "ID"
    expect(idsOnKpiSheet(fx)).toEqual(datasetIds);
    // 評価年度 names a cell on 設定 holding the last fiscal year completed on 2026-11-24: 令和7年度 (2025)
    const name = fx.fake.state.names.get("評価年度");
    expect(name?.reference).toMatch(/^='設定'!\$B\$\d+$/);
    const cell = parseAddress(name!.reference.replace(/^='設定'!/, "").replace(/\$/g, ""));
    expect(getCell(fx.fake.state.sheet("設定"), cell.top, cell.left)?.value).toBe(2025);
  });

  it("asks before replacing existing sheets, and replaces them only when told to", async () => {
    const fx = createFakeExcel({ sheets: ["Sheet1", "KPI一覧"] });
    renderPane(hostFor(fx));
    await press("ワークブックを作成");
    expect(await screen.findByText("シートを置き換えますか？")).toBeInTheDocument();
    expect(screen.getByText(/同じ名前のシートが既にあります（KPI一覧）/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "ワークブックを作成" })).toBeDisabled();
    expect(fx.fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "KPI一覧"]);

    await press("置き換える");
    expect(await screen.findByText("ワークブックを作成しました")).toBeInTheDocument();
    expect(fx.fake.state.sheets.map((s) => s.name).sort()).toEqual(["Sheet1", ...PLANNED_SHEETS].sort());
    expect(idsOnKpiSheet(fx)).toEqual(datasetIds);
  });

  it("leaves the workbook alone when the replacement is cancelled", async () => {
    const fx = createFakeExcel({ sheets: ["Sheet1", "設定"] });
    renderPane(hostFor(fx));
    await press("ワークブックを作成");
    await screen.findByText("シートを置き換えますか？");
    const syncs = fx.fake.syncCount;
    await press("キャンセル");
    expect(screen.getByText("キャンセルしました。ブックは変更していません。")).toBeInTheDocument();
    expect(fx.fake.syncCount).toBe(syncs);
    expect(fx.fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "設定"]);
    expect(screen.getByRole("button", { name: "ワークブックを作成" })).toBeEnabled();
  });

  it("names what an old Excel lacks instead of failing", async () => {
    const fx = createFakeExcel();
    // an Excel that only knows ExcelApi 1.7: below the 1.8 the core (the manifest's minimum) needs
    renderPane(hostFor(fx, (_set, version) => Number(version.split(".")[1]) <= 7));
    await press("ワークブックを作成");
    expect(await screen.findByText("この Excel では作成できません")).toBeInTheDocument();
    expect(
      // the required set on its own first; the optional ones it would also miss after it
      screen.getByText(/お使いの Excel には次の機能がありません: シート・数式・表（ExcelApi 1\.8）$/),
    ).toBeInTheDocument();
    expect(screen.getByText(/このほか、次の機能もありません: .*行のグループ化（ExcelApi 1\.10）/)).toBeInTheDocument();
    expect(fx.fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("builds on an Excel without the optional sets and lists what was left out", async () => {
    const fx = createFakeExcel();
    // the manifest's minimum, ExcelApi 1.8: the optional sets above it are missing
    renderPane(hostFor(fx, (_set, version) => Number(version.split(".")[1]) <= 8));
    await press("ワークブックを作成");
    expect(await screen.findByText("ワークブックを作成しました")).toBeInTheDocument();
    const skipped = screen.getByText(/お使いの Excel にない次の機能は省略しました/);
    expect(skipped.textContent).toContain("印刷設定"); // pageLayout needs ExcelApi 1.9
    expect(skipped.textContent).toContain("行のグループ化"); // rowGroups needs 1.10
    expect(skipped.textContent).not.toContain("入力規則"); // 1.8: part of the core
    expect(skipped.textContent).not.toContain("条件付き書式");
  });

  it("after Excel stops a build part-way, says a second press finishes it, and the second press does", async () => {
    const fx = createFakeExcel();
    let refuse = true;
    fx.fake.refuse = (path, action) =>
      refuse && action === "tables.add" ? new FakeOfficeError("GeneralException", `refused at ${path}`) : undefined;
    renderPane(hostFor(fx));
    await press("ワークブックを作成");
    expect(await screen.findByText("ワークブックを作成できませんでした")).toBeInTheDocument();
    expect(
      screen.getByText(/もう一度「ワークブックを作成」を押すと、途中まで作ったシートを作り直して完成させます/),
    ).toBeInTheDocument();

    refuse = false;
    await press("ワークブックを作成");
    expect(await screen.findByText("ワークブックを作成しました")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "置き換える" })).toBeNull();
    expect(idsOnKpiSheet(fx)).toEqual(datasetIds);
  });

  it("shows an Office error as a message with details, not an exception", async () => {
    const host: ExcelHost = {
      kind: "fake",
      run: () => Promise.reject(Object.assign(new Error("The workbook is protected."), { code: "AccessDenied" })),
      isSetSupported: () => true,
    };
    renderPane(host);
    await press("ワークブックを作成");
    expect(await screen.findByText("ワークブックを作成できませんでした")).toBeInTheDocument();
    expect(screen.getByText(/ブックが保護されているか読み取り専用のため変更できません/)).toBeInTheDocument();
    await userEvent.click(screen.getByText("詳細（AccessDenied）"));
    expect(screen.getByText("The workbook is protected.")).toBeInTheDocument();
  });

  it("tries again when Excel is in cell-edit mode", async () => {
    const fx = createFakeExcel();
    fx.fake.failNextSyncs.push(new FakeOfficeError("InvalidOperationInCellEditMode", "cell edit mode"));
    renderPane(hostFor(fx));
    await press("ワークブックを作成");
    expect(await screen.findByText("ワークブックを作成しました")).toBeInTheDocument();
    expect(idsOnKpiSheet(fx)).toEqual(datasetIds);
  });

  it("says when the bundled data is broken", async () => {
    const fx = createFakeExcel();
    const problems = [
      { path: "indicators[3].target.value", message: "expected a number" },
      { path: "datasetVersion", message: "must be a version like 1.0.0" },
    ];
    renderPane(hostFor(fx), { loadDataset: () => ({ ok: false, problems }) });
    await press("ワークブックを作成");
    expect(screen.getByText(/同梱のデータに問題が 2 件あるため作成できません/)).toBeInTheDocument();
    expect(screen.getByText("indicators[3].target.value: expected a number")).toBeInTheDocument();
    expect(fx.fake.syncCount).toBe(0);
  });

  it("shows progress with the current step while Excel works", async () => {
    const fx = createFakeExcel();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sync = fx.fake.sync.bind(fx.fake);
    // hold the second request (the writes) until the test has looked at the pane
    fx.fake.sync = async () => {
      if (fx.fake.syncCount === 1) await gate;
      return sync();
    };
    renderPane(hostFor(fx));
    await press("ワークブックを作成");
    const status = screen.getAllByRole("status").find((s) => within(s).queryByRole("progressbar"));
    expect(status).toBeDefined();
    const bar = within(status!).getByRole("progressbar");
    await waitFor(() =>
      expect(within(status!).getByText(/書式と入力規則を設定しています（11\/11）/)).toBeInTheDocument(),
    );
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeGreaterThan(0.9);
    expect(screen.getByRole("button", { name: "ワークブックを作成" })).toBeDisabled();
    release();
    expect(await screen.findByText("ワークブックを作成しました")).toBeInTheDocument();
  });

  it("speaks English with lang en", async () => {
    const fx = createFakeExcel({ sheets: ["概要"] });
    renderPane(hostFor(fx), { lang: "en" });
    expect(screen.getByRole("heading", { name: "Create the workbook" })).toBeInTheDocument();
    await press("Create workbook");
    expect(await screen.findByText("Replace the sheets?")).toBeInTheDocument();
    await press("Replace");
    expect(await screen.findByText("The workbook is ready")).toBeInTheDocument();
    expect(screen.getByText(`Sheets created: ${SHOWN_SHEETS.join(", ")}`)).toBeInTheDocument();
  });
});
