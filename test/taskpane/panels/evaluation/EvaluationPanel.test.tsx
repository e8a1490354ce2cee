/** @jest-environment jsdom */
/**
 * The 「評価」 panel against the recording fake Excel: a workbook built from a small dataset for 評価年度 2025; the
 * panel follows the 「KPI一覧」 selection, saves an entry, an opinion and a revision through the use cases, closes the
 * year after a dialog (and again, keeping the earlier record as 旧記録), and shows every refusal with what was typed
 * left in the form.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { closeEvaluationYear } from "../../../../src/app/closing";
import { defaultPanels } from "../../../../src/taskpane/panels";
import { readClosedRecords } from "../../../../src/workbook/closed-rows";
import {
  CLOSED_CONTRACT,
  EVALUATION_CONTRACT,
  REVISIONS_CONTRACT,
  SUMMARY_OPINIONS_CONTRACT,
} from "../../../../src/workbook/evaluation-columns";
import { readEvaluationEntries, readSummaryOpinions } from "../../../../src/workbook/evaluation-rows";
import { readRevisions } from "../../../../src/workbook/revision-rows";
import { createFakeExcel, type FakeExcel } from "../../../support/fake-excel";
import { DATASET, EVALUATION_SHEETS, fakeWorkbook, NOW, portOf, renderPanel } from "./evaluation-panel-fixture";

jest.setTimeout(60_000);

/**
 * Fluent's dialog, as jsdom sees it: Tabster's modalizer at times marks the surface itself aria-hidden here until focus
 * has moved in (asynchronously; in Chromium it does not — the e2e test finds the dialog by role and name, axe clean),
 * and then no role query computes its name. So: the title found by its text, the dialog it names by aria-labelledby.
 */
const HIDDEN_OK = { hidden: true } as const;
async function dialogNamed(name: string): Promise<HTMLElement> {
  const title = await screen.findByText(name, {}, { timeout: 5_000 });
  const dialog = title.closest<HTMLElement>('[role="alertdialog"]');
  expect(dialog?.getAttribute("aria-labelledby")).toBe(title.id);
  return dialog as HTMLElement;
}

/** A person selects a cell on KPI一覧, once the panel follows the selection. */
const select = async (fx: FakeExcel, address: string) => {
  await waitFor(() => expect(fx.fake.state.selectionHandlers.length).toBeGreaterThan(0));
  await act(async () => {
    await fx.fake.state.select("KPI一覧", address);
  });
};

async function entries(fx: FakeExcel) {
  const t = await portOf(fx).readRecordTable(EVALUATION_CONTRACT);
  if (t.kind !== "table") throw new Error("no 評価");
  return readEvaluationEntries(t).records.map((r) => r.record);
}

async function history(fx: FakeExcel) {
  const t = await portOf(fx).readRecordTable(CLOSED_CONTRACT);
  if (t.kind !== "table") throw new Error("no 評価履歴");
  return readClosedRecords(t).records.map((r) => r.record);
}

describe("評価 panel", () => {
  it("is registered in the pane's panel list, last", () => {
    expect(defaultPanels.map((p) => p.id).at(-1)).toBe("evaluation");
  });

  it("saves the selected indicator's entry, showing how the committee's grade differs from the formula's", async () => {
    const fx = await fakeWorkbook();
    renderPanel(fx);
    await screen.findByText(/評価年度: 令和7年度\(2025\)/);
    await select(fx, "B5"); // row 5: the second indicator, 1-1-K1-1
    await screen.findByRole("heading", { level: 3, name: /^1-1-K1-1 / });
    const form = screen.getByRole("region", { name: "令和7年度(2025)の評価" });
    fireEvent.change(within(form).getByLabelText("要因分析"), { target: { value: "=1+1\n景気の回復" } });
    fireEvent.change(within(form).getByLabelText("課題"), { target: { value: "人手不足" } });
    await userEvent.selectOptions(within(form).getByLabelText("今後の方向性"), "改善");
    fireEvent.change(within(form).getByLabelText("外的要因"), { target: { value: "新型コロナウイルス感染症の影響" } });
    // No actual typed: the formula cannot grade (「− 未評価」), so any committee grade differs from it.
    const formula = within(form).getByText("評価（算定）").nextSibling?.textContent ?? "";
    expect(formula).not.toBe("");
    expect(within(form).getByText("委員会評価は未入力です。")).toBeInTheDocument();
    await userEvent.selectOptions(within(form).getByLabelText("委員会評価"), "B 順調");
    expect(
      within(form).getByText(`算定との差異: 算定 ${formula.startsWith("B ") ? "B" : formula}／委員会 B`),
    ).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText("委員会評価の理由"), { target: { value: "回復基調" } });
    await userEvent.click(within(form).getByRole("button", { name: "評価を保存" }));
    await screen.findByText("1-1-K1-1 の令和7年度(2025)の評価を保存しました。");

    const saved = (await entries(fx)).find((e) => e.year === 2025 && e.indicatorId === "1-1-K1-1");
    expect(saved).toMatchObject({
      analysis: "=1+1\n景気の回復",
      issues: "人手不足",
      direction: "改善",
      externalFactor: "新型コロナウイルス感染症の影響",
      committeeGrade: "B 順調",
      committeeReason: "回復基調",
      updatedAt: NOW.toISOString(),
      updatedBy: "企画課",
    });
    // The form shows the workbook's values after the save.
    expect(within(screen.getByRole("region", { name: "令和7年度(2025)の評価" })).getByLabelText("課題")).toHaveValue(
      "人手不足",
    );
  });

  it("shows a refusal with where and what, and keeps what was typed", async () => {
    const fx = await fakeWorkbook();
    renderPanel(fx);
    await select(fx, "A4");
    await screen.findByRole("heading", { level: 3, name: /^1-1-N1 / });
    // Someone closes 2025 meanwhile (the CLI, another pane): the panel has not read it again.
    const closed = await closeEvaluationYear(portOf(fx), DATASET, { year: 2025, replace: false, by: "x", now: NOW });
    expect(closed.ok).toBe(true);
    const form = screen.getByRole("region", { name: "令和7年度(2025)の評価" });
    fireEvent.change(within(form).getByLabelText("要因分析"), { target: { value: "書きかけの分析" } });
    await userEvent.click(within(form).getByRole("button", { name: "評価を保存" }));
    await screen.findByText("評価を保存できませんでした");
    expect(
      screen.getByText(
        "評価年度: 令和7年度(2025)は確定済みです（「評価履歴」）。確定した年度の評価・総括意見は変更できません。",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/入力した内容はそのまま残っています/)).toBeInTheDocument();
    expect(within(form).getByLabelText("要因分析")).toHaveValue("書きかけの分析");
    expect((await entries(fx)).find((e) => e.indicatorId === "1-1-N1" && e.year === 2025)?.analysis).toBe("");
  });

  it("closes the year after a dialog naming it, then shows the entry read-only and the history; re-closing keeps 旧記録", async () => {
    const fx = await fakeWorkbook();
    renderPanel(fx);
    await select(fx, "A5");
    await screen.findByRole("heading", { level: 3, name: /^1-1-K1-1 / });
    const form = screen.getByRole("region", { name: "令和7年度(2025)の評価" });
    await userEvent.selectOptions(within(form).getByLabelText("委員会評価"), "評価保留");
    fireEvent.change(within(form).getByLabelText("外的要因"), { target: { value: "災害" } });
    await userEvent.click(within(form).getByRole("button", { name: "評価を保存" }));
    await screen.findByText(/評価を保存しました/);
    expect(screen.getByText("確定した年度はまだありません。")).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "令和7年度(2025)を確定" }));
    const dialog = await dialogNamed("令和7年度(2025)の評価を確定しますか？");
    expect(
      within(dialog).getByText(
        /「評価履歴」に値として記録します。確定後は、令和7年度\(2025\)の評価と総括意見を変更できず/,
      ),
    ).toBeInTheDocument();
    // Cancel writes nothing.
    await userEvent.click(within(dialog).getByRole("button", { name: "キャンセル", ...HIDDEN_OK }));
    await waitFor(() => expect(screen.queryByRole("alertdialog", HIDDEN_OK)).toBeNull());
    expect(await history(fx)).toEqual([]);

    await userEvent.click(screen.getByRole("button", { name: "令和7年度(2025)を確定" }));
    await userEvent.click(
      within(await dialogNamed("令和7年度(2025)の評価を確定しますか？")).getByRole("button", {
        name: "確定する",
        ...HIDDEN_OK,
      }),
    );
    await screen.findByText("令和7年度(2025)を確定しました（4指標）。");
    expect((await history(fx)).map((r) => [r.year, r.indicatorId, r.state])).toEqual([
      [2025, "1-1-N1", "確定"],
      [2025, "1-1-K1-1", "確定"],
      [2025, "1-1-K2-1", "確定"],
      [2025, "1-1-K2-2", "確定"],
    ]);
    expect(await screen.findByText(/令和7年度\(2025\)は確定済みのため、この評価は変更できません/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "評価を保存" })).toBeNull();
    const list = await screen.findByRole("list", { name: "1-1-K1-1 の確定履歴" });
    const item = within(list).getByRole("listitem");
    expect(item).toHaveAccessibleName("令和7年度(2025) 確定（令和8年6月1日 10:00）");
    expect(within(item).getByText("評価保留")).toBeInTheDocument();
    expect(within(item).getByText("災害")).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "令和7年度(2025)を確定し直す" }));
    const again = await dialogNamed("令和7年度(2025)を確定し直しますか？");
    expect(within(again).getByText(/以前の記録は「旧記録」として「評価履歴」に残り/)).toBeInTheDocument();
    await userEvent.click(within(again).getByRole("button", { name: "確定し直す", ...HIDDEN_OK }));
    await screen.findByText("以前の記録 4件は旧記録として残しました。");
    const items = within(await screen.findByRole("list", { name: "1-1-K1-1 の確定履歴" })).getAllByRole("listitem");
    expect(items.map((li) => li.getAttribute("aria-label"))).toEqual([
      "令和7年度(2025) 確定（令和8年6月1日 10:00）",
      "令和7年度(2025) 旧記録（令和8年6月1日 10:00 確定、確定し直し済み）",
    ]);
  });

  it("saves a 総括意見 per target and keeps each target's draft", async () => {
    const fx = await fakeWorkbook();
    renderPanel(fx);
    const section = await screen.findByRole("region", { name: "総括意見（令和7年度(2025)）" });
    const target = within(section).getByLabelText("対象");
    expect([...(target as HTMLSelectElement).options].map((o) => o.value)).toEqual(["全体", "基本目標1"]);
    fireEvent.change(within(section).getByLabelText("総括意見"), { target: { value: "全体として順調" } });
    await userEvent.selectOptions(target, "基本目標1");
    expect(within(section).getByLabelText("総括意見")).toHaveValue("");
    fireEvent.change(within(section).getByLabelText("総括意見"), { target: { value: "雇用は回復" } });
    await userEvent.selectOptions(target, "全体");
    expect(within(section).getByLabelText("総括意見")).toHaveValue("全体として順調");
    await userEvent.click(within(section).getByRole("button", { name: "総括意見を保存" }));
    await screen.findByText("全体の総括意見を保存しました（令和7年度(2025)）。");
    const t = await portOf(fx).readRecordTable(SUMMARY_OPINIONS_CONTRACT);
    if (t.kind !== "table") throw new Error("no 総括意見");
    expect(
      readSummaryOpinions(t)
        .records.map((r) => r.record)
        .filter((o) => o.text !== "")
        .map((o) => [o.year, o.target, o.text]),
    ).toEqual([[2025, "全体", "全体として順調"]]);
  });

  it("records a target revision, refusing a malformed year first with the typed values kept", async () => {
    const fx = await fakeWorkbook();
    renderPanel(fx);
    await select(fx, "A7"); // 1-1-K2-2
    const section = await screen.findByRole("region", { name: "目標の見直し" });
    fireEvent.change(within(section).getByLabelText(/新しい目標値/), { target: { value: "1,200" } });
    fireEvent.change(within(section).getByLabelText(/適用開始年度/), { target: { value: "来年" } });
    fireEvent.change(within(section).getByLabelText(/見直しの理由/), { target: { value: "計画改定" } });
    await userEvent.click(within(section).getByRole("button", { name: "見直しを記録" }));
    await within(section).findByText("見直しを記録できませんでした");
    expect(
      within(section).getByText("適用開始年度: 適用開始年度は 2025 のような西暦の年にしてください（「来年」）。"),
    ).toBeInTheDocument();
    expect(within(section).getByLabelText(/新しい目標値/)).toHaveValue("1,200");

    fireEvent.change(within(section).getByLabelText(/適用開始年度/), { target: { value: "２０２６" } });
    fireEvent.change(within(section).getByLabelText(/承認した会議/), { target: { value: "3" } });
    await userEvent.click(within(section).getByRole("button", { name: "見直しを記録" }));
    await within(section).findByText("1-1-K2-2 の目標を 1200 に見直しました（令和8年度(2026)から適用）。");
    const t = await portOf(fx).readRecordTable(REVISIONS_CONTRACT);
    if (t.kind !== "table") throw new Error("no 指標見直し");
    expect(readRevisions(t).records.map((r) => r.record)).toMatchObject([
      { indicatorId: "1-1-K2-2", revisedTarget: 1200, fromYear: 2026, reason: "計画改定", meeting: 3 },
    ]);
    expect(within(section).getByLabelText(/新しい目標値/)).toHaveValue("");
  });

  it("offers to add the 効果検証 sheets to a workbook built before them, leaving the metadata alone", async () => {
    const fx = await fakeWorkbook({ withoutEvaluation: true });
    const before = JSON.stringify(fx.fake.state.properties);
    renderPanel(fx);
    await userEvent.click(await screen.findByRole("button", { name: "効果検証のシートを追加" }));
    await screen.findByText("「評価」「総括意見」「評価履歴」「指標見直し」を追加しました。");
    expect(fx.fake.state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(EVALUATION_SHEETS));
    expect(JSON.stringify(fx.fake.state.properties)).toBe(before);
    await screen.findByText(/評価年度: 令和7年度\(2025\)/);
    expect((await entries(fx)).map((e) => [e.year, e.indicatorId])).toEqual([
      [2025, "1-1-N1"],
      [2025, "1-1-K1-1"],
      [2025, "1-1-K2-1"],
      [2025, "1-1-K2-2"],
    ]);
  });

  it("says what is missing in a workbook without 「KPI一覧」", async () => {
    renderPanel(createFakeExcel());
    await screen.findByText("評価を入力できるブックではありません");
    expect(screen.getByText("テーブル「KPI」（シート「KPI一覧」）が見つかりません。")).toBeInTheDocument();
  });

  it("speaks English with lang=en", async () => {
    const fx = await fakeWorkbook();
    renderPanel(fx, { lang: "en" });
    expect(await screen.findByRole("button", { name: "Close 2025" })).toBeInTheDocument();
    await select(fx, "A5");
    expect(await screen.findByRole("button", { name: "Save evaluation" })).toBeInTheDocument();
    expect(screen.getByLabelText("Committee grade")).toBeInTheDocument();
  });
});
