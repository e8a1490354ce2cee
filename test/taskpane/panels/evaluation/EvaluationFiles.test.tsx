/** @jest-environment jsdom */
/**
 * The 評価 panel's 照会と報告書: the year's report downloaded, a department's 実績照会 file made, and an answered file
 * compared first (nothing written) and imported only when asked, with a conflict's side chosen per indicator.
 */
import ExcelJS from "exceljs";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Dataset } from "../../../../src/domain/dataset/schema";
import { DATACALL_SHEET } from "../../../../src/workbook/datacall-file";
import { KPI_ROWS } from "../../../../src/workbook/kpi-columns";
import { ensureCell, getCell, type FakeExcel } from "../../../support/fake-excel";
import { DATASET, fakeWorkbook, renderPanel } from "./evaluation-panel-fixture";

jest.setTimeout(30_000);

/** What a Blob holds, read as jsdom reads it. */
function blobBytes(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** 「KPI一覧」's column of 2025 and the row of `id` in the fake. */
function kpiCellOf(fx: FakeExcel, id: string): { row: number; column: number } {
  const sheet = fx.fake.state.sheet("KPI一覧");
  let column = 1;
  while (column < 80 && !String(getCell(sheet, KPI_ROWS.header, column)?.value ?? "").endsWith("(2025)")) column++;
  let row = KPI_ROWS.firstData;
  while (row < KPI_ROWS.firstData + 20 && getCell(sheet, row, 1)?.value !== id) row++;
  return { row, column };
}
const setActual = (fx: FakeExcel, id: string, value: number) => {
  const { row, column } = kpiCellOf(fx, id);
  ensureCell(fx.fake.state.sheet("KPI一覧"), row, column).value = value;
};
const actualOf = (fx: FakeExcel, id: string) => {
  const { row, column } = kpiCellOf(fx, id);
  return getCell(fx.fake.state.sheet("KPI一覧"), row, column)?.value;
};

/** The 実績照会 file with actuals typed into its 2025 column, as a department returns it. */
async function answer(bytes: Uint8Array, actuals: Record<string, number>): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(DATACALL_SHEET) as ExcelJS.Worksheet;
  let column = 1;
  while (column < 40 && !String(ws.getCell(3, column).value ?? "").endsWith("(2025)実績")) column++;
  for (let r = 4; r <= ws.rowCount; r++) {
    const id = String(ws.getCell(r, 1).value ?? "");
    if (id in actuals) ws.getCell(r, column).value = actuals[id] as number;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("評価 panel: the report and the data call", () => {
  // 担当課 as the departments' data call needs them (the fixture dataset has none).
  const WITH_DEPARTMENTS: Dataset = {
    ...DATASET,
    indicators: DATASET.indicators.map((i) => ({ ...i, department: i.id.startsWith("1-1-K2") ? "福祉課" : "企画課" })),
  };

  function renderWithDownload(fx: FakeExcel, dataset: Dataset = DATASET) {
    const saved: { name: string; blob: Blob }[] = [];
    const download = (blob: Blob, name: string) => {
      saved.push({ name, blob });
      return true;
    };
    renderPanel(fx, { dataset, download });
    return saved;
  }

  it("downloads the year's report as CSV", async () => {
    const fx = await fakeWorkbook();
    const saved = renderWithDownload(fx);
    const section = await screen.findByRole("region", { name: "照会と報告書" });
    await userEvent.selectOptions(within(section).getByLabelText("形式"), "csv");
    await userEvent.click(within(section).getByRole("button", { name: "令和7年度(2025)の報告書を作成" }));
    await within(section).findByText("報告書 効果検証報告書_2025.csv を作成しました。");
    expect(saved.map((s) => s.name)).toEqual(["効果検証報告書_2025.csv"]);
    const csv = new TextDecoder().decode(await blobBytes(saved[0]!.blob));
    expect(csv).toContain("1-1-K2-2");
  });

  it("says a workbook without 担当課 cannot make a data call file", async () => {
    renderWithDownload(await fakeWorkbook());
    const section = await screen.findByRole("region", { name: "照会と報告書" });
    expect(
      within(section).getByText("「KPI一覧」の担当課が空欄のため、照会ファイルを作れません。"),
    ).toBeInTheDocument();
    expect(within(section).queryByRole("button", { name: "照会ファイルを作成" })).toBeNull();
  });

  it("makes a department's data call file, and compares an answered file before importing it", async () => {
    const fx = await fakeWorkbook({ dataset: WITH_DEPARTMENTS });
    const saved = renderWithDownload(fx, WITH_DEPARTMENTS);
    const section = await screen.findByRole("region", { name: "照会と報告書" });
    const department = within(section).getByLabelText("担当課") as HTMLSelectElement;
    expect([...department.options].map((o) => o.value)).toEqual(["企画課", "福祉課"]);
    await userEvent.selectOptions(department, "福祉課");
    await userEvent.click(within(section).getByRole("button", { name: "照会ファイルを作成" }));
    await within(section).findByText(
      "福祉課の照会ファイル 実績照会_福祉課_2025.xlsx を作成しました（令和7年度(2025)、2指標）。",
    );
    expect(saved).toHaveLength(1);

    // Not a spreadsheet: refused, naming the file, nothing written.
    const input = within(section).getByLabelText("回答ファイルを取り込む（.xlsx）");
    await userEvent.upload(input, new File(["not a zip"], "answer.xlsx"));
    await within(section).findByText("ファイルを作成できませんでした");
    expect(within(section).getByText(/^file: 照会ファイルとして読めません/)).toBeInTheDocument();

    // The file as exported, answered with nothing: no differences, nothing to import.
    const bytes = await blobBytes(saved[0]!.blob);
    await userEvent.upload(input, new File([bytes], saved[0]!.name));
    await within(section).findByText(/の回答はブックと同じです（差分なし）。/);

    // Answered: an empty actual filled, and one the workbook holds answered differently (a conflict).
    setActual(fx, "1-1-K2-2", 100);
    const answered = await answer(bytes, { "1-1-K2-1": 7, "1-1-K2-2": 120 });
    await userEvent.upload(input, new File([answered], saved[0]!.name));
    await within(section).findByText("福祉課の回答との差分 2件（まだ何も書き込んでいません）");
    expect(within(section).getByText(/^1-1-K2-1 実績: 空欄 → 「7」/)).toBeInTheDocument();
    expect(within(section).getByText(/^1-1-K2-2 実績: ブック「100」 \/ 回答「120」/)).toBeInTheDocument();
    expect(actualOf(fx, "1-1-K2-1")).toBeUndefined(); // compared only
    await userEvent.click(within(section).getByRole("checkbox", { name: "1-1-K2-2 は回答の値を採用" }));
    await userEvent.click(within(section).getByRole("button", { name: "取り込む" }));
    await within(section).findByText("福祉課の回答を取り込みました（実績 2件、評価 0指標）。");
    expect([actualOf(fx, "1-1-K2-1"), actualOf(fx, "1-1-K2-2")]).toEqual([7, 120]);
  });
});
