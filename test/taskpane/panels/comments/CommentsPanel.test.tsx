/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { EXCEL_CELL_CHAR_LIMIT } from "../../../../src/domain/comments";
import type { Lang } from "../../../../src/lib/lang";
import { buildWorkbookPlan } from "../../../../src/plan/workbook";
import { applyWorkbookPlan } from "../../../../src/adapters/office";
import { PaneRoot } from "../../../../src/taskpane/components/pane-root/PaneRoot";
import type { ExcelHost } from "../../../../src/taskpane/host/excel-host";
import { defaultPanels } from "../../../../src/taskpane/panels";
import { CommentsPanel } from "../../../../src/taskpane/panels/comments/CommentsPanel";
import { LAST_MEMBER_KEY, RECORDER_KEY } from "../../../../src/taskpane/panels/comments/useCommentsPanel";
import { createFakeExcel, getCell, type FakeExcel } from "../../../support/fake-excel";
import { comment, MEETINGS, MEMBERS, seededIds } from "../../../fixtures/comments/records";
import { commentsPlan, mixedDataset, withoutComments } from "../../../fixtures/comments/workbook";
import type { WorkbookPlan } from "../../../../src/plan/types";

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

async function fakeWith(plan: WorkbookPlan | null): Promise<FakeExcel> {
  const fx = createFakeExcel();
  if (plan) {
    const applied = await applyWorkbookPlan(fx.context, plan, { isSetSupported: () => true });
    if (!applied.ok) throw new Error(JSON.stringify(applied));
  }
  return fx;
}

function renderPanel(fx: FakeExcel, storage = memoryStorage(), lang: Lang = "ja") {
  const host: ExcelHost = { kind: "fake", run: (batch) => batch(fx.context), isSetSupported: () => true };
  const Panel = () => <CommentsPanel storage={storage} ids={seededIds("2025-11-20T05:30:05Z", 3)} />;
  render(
    <PaneRoot host={host} lang={lang} panels={[{ id: "comments", titleKey: "comments.title", Component: Panel }]} />,
  );
  return storage;
}

/** Rows of 委員意見 as the fake holds them (id, 内容, 対応状況). */
function commentRows(fx: FakeExcel): [unknown, unknown, unknown][] {
  const sheet = fx.fake.state.sheet("委員意見");
  const out: [unknown, unknown, unknown][] = [];
  for (let r = 2; r < 50; r++) {
    const id = getCell(sheet, r, 1)?.value;
    if (id) out.push([id, getCell(sheet, r, 7)?.value, getCell(sheet, r, 9)?.value]);
  }
  return out;
}

/** A person selects a cell on KPI一覧, once the panel follows the selection. */
const select = async (fx: FakeExcel, address: string) => {
  await waitFor(() => expect(fx.fake.state.selectionHandlers).toHaveLength(1));
  await act(async () => {
    await fx.fake.state.select("KPI一覧", address);
  });
};

describe("委員意見 panel", () => {
  it("is registered in the pane's panel list", () => {
    expect(defaultPanels.map((p) => p.id)).toContain("comments");
  });

  it("follows the KPI一覧 selection and shows the indicator and its comments, newest first", async () => {
    const fx = await fakeWith(
      commentsPlan({
        members: MEMBERS,
        meetings: MEETINGS,
        comments: [
          comment({ id: "C-old", meeting: 1, text: "古い意見" }),
          comment({ id: "C-new", meeting: 2, text: "新しい意見", status: "対応済" }),
          comment({ id: "C-other", target: { kind: "indicator", id: "1-1-K1-2" }, text: "別の指標" }),
        ],
      }),
    );
    renderPanel(fx);
    await screen.findByText("戦略全体");
    await select(fx, "B5"); // row 5: the second indicator, 1-1-K1-1
    await screen.findByText(/^1-1-K1-1 /);
    expect(screen.getByText("意見 2 件（未対応・対応中 1 件）")).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "意見の一覧（新しい順）" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.getAttribute("aria-label")),
    ).toEqual(["C-new", "C-old"]);

    await userEvent.selectOptions(screen.getByLabelText("会議で絞り込み"), "1");
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.getAttribute("aria-label")),
    ).toEqual(["C-old"]);
    await userEvent.selectOptions(screen.getByLabelText("会議で絞り込み"), "");
    await userEvent.selectOptions(screen.getByLabelText("対応状況で絞り込み"), "対応済");
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.getAttribute("aria-label")),
    ).toEqual(["C-new"]);

    await userEvent.selectOptions(screen.getByLabelText("対応状況で絞り込み"), "");
    await select(fx, "C6");
    await screen.findByText("別の指標");
  });

  it("adds a comment verbatim under the chosen member, defaulting to the latest meeting and the remembered member", async () => {
    const fx = await fakeWith(commentsPlan({ members: MEMBERS, meetings: MEETINGS }));
    const storage = renderPanel(fx, memoryStorage({ [LAST_MEMBER_KEY]: "M002", [RECORDER_KEY]: "企画調整課" }));
    await select(fx, "A5");
    await screen.findByText(/^1-1-K1-1 /);
    expect(screen.getByLabelText("会議")).toHaveValue("2");
    expect(screen.getByLabelText("発言者")).toHaveValue("M002");
    // Required fields are marked before anything is submitted.
    expect(screen.getByRole("textbox", { name: /^記録者/ })).toBeRequired();
    expect(screen.getByRole("textbox", { name: /^内容/ })).toBeRequired();
    expect(screen.getByLabelText(/^記録者/)).toHaveValue("企画調整課");

    const text = screen.getByLabelText(/^内容/);
    fireEvent.change(text, { target: { value: "=1+1\n二行目" } });
    await userEvent.selectOptions(screen.getByLabelText("区分"), "質問");
    await userEvent.click(screen.getByRole("button", { name: "意見を追加" }));
    // The confirmation names the indicator and the member, not the record's internal id.
    const done = await screen.findByText(/意見を追加しました/);
    expect(done.textContent).toContain("1-1-K1-1、佐藤 花子");
    expect(done.textContent).not.toMatch(/C-\d{8}/);
    expect(commentRows(fx)).toEqual([[expect.stringMatching(/^C-20251120-143005-/), "=1+1\n二行目", "未対応"]]);
    expect(getCell(fx.fake.state.sheet("委員意見"), 3, 7)?.formula).toBeUndefined();
    expect(getCell(fx.fake.state.sheet("委員意見"), 3, 5)?.value).toBe("佐藤 花子");
    expect(getCell(fx.fake.state.sheet("委員意見"), 3, 3)?.value).toBe("1-1-K1-1");
    expect(storage.map.get(LAST_MEMBER_KEY)).toBe("M002");
    expect(text).toHaveValue("");
  });

  it("does not submit on the Enter that confirms an IME conversion (isComposing / keyCode 229), only on Ctrl+Enter", async () => {
    const fx = await fakeWith(commentsPlan({ members: MEMBERS, meetings: MEETINGS }));
    renderPanel(fx, memoryStorage({ [RECORDER_KEY]: "事務局" }));
    const text = await screen.findByLabelText(/^内容/);
    fireEvent.change(text, { target: { value: "にゅうりょく" } });
    fireEvent.keyDown(text, { key: "Enter", ctrlKey: true, isComposing: true });
    fireEvent.keyDown(text, { key: "Enter", ctrlKey: true, keyCode: 229 });
    fireEvent.keyDown(text, { key: "Enter" });
    await act(async () => undefined);
    expect(fx.fake.state.rowAdds).toEqual([]);
    fireEvent.keyDown(text, { key: "Enter", ctrlKey: true });
    await screen.findByText(/意見を追加しました/);
    expect(commentRows(fx).map((r) => r[1])).toEqual(["にゅうりょく"]);
  });

  it("refuses an empty comment and one over 32,767 characters with a message, writing nothing", async () => {
    const fx = await fakeWith(commentsPlan({ members: MEMBERS, meetings: MEETINGS }));
    renderPanel(fx, memoryStorage({ [RECORDER_KEY]: "事務局" }));
    await screen.findByLabelText(/^内容/);
    await userEvent.click(screen.getByRole("button", { name: "意見を追加" }));
    await screen.findByText("内容を入力してください。");
    fireEvent.change(screen.getByLabelText(/^内容/), { target: { value: "あ".repeat(EXCEL_CELL_CHAR_LIMIT + 1) } });
    await userEvent.click(screen.getByRole("button", { name: "意見を追加" }));
    await screen.findByText(/内容が長すぎます（32768文字）/);
    expect(fx.fake.state.rowAdds).toEqual([]);
  });

  it("edits the city's response and the status of one comment", async () => {
    const fx = await fakeWith(
      commentsPlan({
        members: MEMBERS,
        meetings: MEETINGS,
        comments: [comment({ id: "C-a", target: { kind: "strategy" } })],
      }),
    );
    renderPanel(fx);
    const card = await screen.findByRole("listitem", { name: "C-a" });
    await userEvent.click(within(card).getByRole("button", { name: "回答・対応状況を編集" }));
    fireEvent.change(within(card).getByLabelText("市の回答・対応"), { target: { value: "次回に資料を示します。" } });
    await userEvent.selectOptions(within(card).getByLabelText("対応状況"), "対応中");
    await userEvent.click(within(card).getByRole("button", { name: "保存" }));
    await screen.findByText("保存しました。");
    const sheet = fx.fake.state.sheet("委員意見");
    expect(getCell(sheet, 2, 8)?.value).toBe("次回に資料を示します。");
    expect(getCell(sheet, 2, 9)?.value).toBe("対応中");
    expect(await screen.findByText("市の回答・対応: 次回に資料を示します。")).toBeInTheDocument();
  });

  it("adds and retires members and adds a meeting", async () => {
    const fx = await fakeWith(commentsPlan({ members: MEMBERS.slice(0, 2), meetings: MEETINGS.slice(0, 1) }));
    renderPanel(fx);
    await userEvent.click(await screen.findByRole("button", { name: "委員・会議の管理" }));
    // required fields carry Fluent's mark in their label (「氏名 *」)
    fireEvent.change(screen.getByLabelText(/^氏名/), { target: { value: "高橋 三郎" } });
    await userEvent.click(screen.getByRole("button", { name: "委員を追加" }));
    await screen.findByText(/M003 高橋 三郎/);
    const s佐藤 = screen.getByText(/M002 佐藤 花子/).closest("li") as HTMLElement;
    await userEvent.click(within(s佐藤).getByRole("button", { name: "退任にする" }));
    await screen.findByText(/M002 佐藤 花子.*（退任）/);

    fireEvent.change(screen.getByLabelText(/^開催日/), { target: { value: "2026-02-10" } });
    fireEvent.change(screen.getByLabelText("場所"), { target: { value: "本庁舎" } });
    const present = within(screen.getByRole("group", { name: "出席委員" }));
    const absent = () => within(screen.getByRole("group", { name: "欠席委員" }));
    // before anyone is ticked, every serving member shows as absent (derived from the roster)
    expect(absent().getByRole("checkbox", { name: "高橋 三郎" })).toBeChecked();
    await userEvent.click(present.getByRole("checkbox", { name: "山田 太郎" }));
    expect(absent().queryByRole("checkbox", { name: "山田 太郎" })).toBeNull();
    expect(absent().getByRole("checkbox", { name: "高橋 三郎" })).toBeChecked();
    fireEvent.change(screen.getByLabelText("市側出席者"), { target: { value: "企画部長" } });
    fireEvent.change(screen.getByLabelText("議題"), { target: { value: "（1）進捗状況について\n(2) その他" } });
    fireEvent.change(screen.getByLabelText("配布資料"), { target: { value: "資料1 KPI一覧" } });
    fireEvent.change(screen.getByLabelText("傍聴者"), { target: { value: "2名" } });
    await userEvent.selectOptions(screen.getByLabelText("公開区分"), "公開");
    await userEvent.click(screen.getByRole("button", { name: "会議を追加" }));
    await screen.findByText(/第2回（令和8年2月10日）\s+本庁舎/);
    const meetings = fx.fake.state.sheet("会議");
    // 出席委員/欠席委員 as names; 議題 without the typed numbers; 傍聴者 and 公開区分 last
    expect(Array.from({ length: 12 }, (_, i) => getCell(meetings, 3, i + 1)?.value ?? "")).toEqual([
      2,
      "2026-02-10",
      "",
      "",
      "本庁舎",
      "山田 太郎",
      "高橋 三郎",
      "企画部長",
      "進捗状況について\nその他",
      "資料1 KPI一覧",
      "2名",
      "公開",
    ]);
  });

  it("starts a new meeting with the latest meeting's 事務局, written to its column; the next one follows what was saved", async () => {
    const [first, second] = MEETINGS as [(typeof MEETINGS)[0], (typeof MEETINGS)[0]];
    const meetings = [
      { ...second, secretariat: "企画部企画調整課" },
      { ...first, secretariat: "企画部企画課" },
    ];
    const fx = await fakeWith(commentsPlan({ members: MEMBERS, meetings }));
    renderPanel(fx);
    await userEvent.click(await screen.findByRole("button", { name: "委員・会議の管理" }));
    // 第2回 is the latest (by 回, though listed first in the table)
    expect(screen.getByLabelText("事務局")).toHaveValue("企画部企画調整課");
    fireEvent.change(screen.getByLabelText(/^開催日/), { target: { value: "2026-02-10" } });
    await userEvent.click(screen.getByRole("button", { name: "会議を追加" }));
    await screen.findAllByText(/第3回（令和8年2月10日）/);
    const sheet = fx.fake.state.sheet("会議");
    const headers = Array.from({ length: 13 }, (_, i) => getCell(sheet, 1, i + 1)?.value);
    const column = headers.indexOf("事務局") + 1;
    expect(column).toBe(13);
    expect(getCell(sheet, 4, 1)?.value).toBe(3);
    expect(getCell(sheet, 4, column)?.value).toBe("企画部企画調整課");

    // changed for one meeting: the next form starts from the one just saved
    fireEvent.change(screen.getByLabelText("事務局"), { target: { value: "政策課" } });
    fireEvent.change(screen.getByLabelText(/^開催日/), { target: { value: "2026-03-10" } });
    await userEvent.click(screen.getByRole("button", { name: "会議を追加" }));
    await screen.findAllByText(/第4回（令和8年3月10日）/);
    expect(getCell(sheet, 5, column)?.value).toBe("政策課");
    expect(screen.getByLabelText("事務局")).toHaveValue("政策課");
    // editing an older meeting shows its own
    const row1 = screen
      .getAllByText(/第1回（/)
      .find((e) => e.closest("li"))
      ?.closest("li") as HTMLElement;
    await userEvent.click(within(row1).getByRole("button", { name: /編集/ }));
    expect(screen.getByLabelText("事務局")).toHaveValue("企画部企画課");
  });

  it("starts with an empty 事務局 when no meeting recorded one", async () => {
    const fx = await fakeWith(commentsPlan({ members: MEMBERS, meetings: MEETINGS }));
    renderPanel(fx);
    await userEvent.click(await screen.findByRole("button", { name: "委員・会議の管理" }));
    expect(screen.getByLabelText("事務局")).toHaveValue("");
  });

  it("makes set-up the first step while the roster or the meeting list is empty, with the forms at the top", async () => {
    const fx = await fakeWith(commentsPlan({ members: MEMBERS, meetings: [] }));
    renderPanel(fx);
    const step = await screen.findByRole("region", { name: "最初に、委員と会議を登録" });
    // First in the panel, before the indicator card and the comment list.
    const panel = step.parentElement as HTMLElement;
    expect(panel.firstElementChild).toBe(step);
    expect(within(step).queryByText(/委員が登録されていません/)).toBeNull();
    await userEvent.click(within(step).getByRole("button"));
    const date = screen.getByLabelText(/^開催日/);
    // The meeting form opens right under the step, above the card.
    const card = screen.getByRole("region", { name: "選択中の指標" });
    expect(date.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("shows no set-up step once there are members and a meeting", async () => {
    const fx = await fakeWith(commentsPlan({ members: MEMBERS, meetings: MEETINGS }));
    renderPanel(fx);
    await screen.findByRole("button", { name: "委員・会議の管理" });
    expect(screen.queryByRole("region", { name: "最初に、委員と会議を登録" })).toBeNull();
  });

  it("marks the required fields of the member and meeting forms before anything is sent", async () => {
    const fx = await fakeWith(commentsPlan({ members: MEMBERS, meetings: MEETINGS }));
    renderPanel(fx);
    await userEvent.click(await screen.findByRole("button", { name: "委員・会議の管理" }));
    for (const label of ["氏名", "回", "開催日"]) expect(screen.getByLabelText(new RegExp(`^${label}`))).toBeRequired();
    expect(screen.getByLabelText("場所")).not.toBeRequired();
  });

  it("offers to add the comment sheets to a workbook built without them, and counts comments in KPI一覧", async () => {
    const fx = await fakeWith(
      withoutComments(buildWorkbookPlan(mixedDataset(), { builtAt: new Date("2026-11-24T00:00:00Z") })),
    );
    const before = JSON.stringify(fx.fake.state.properties);
    renderPanel(fx);
    await userEvent.click(await screen.findByRole("button", { name: "委員意見のシートを追加" }));
    await screen.findByText("「委員名簿」「会議」「委員意見」を追加しました。");
    expect(fx.fake.state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["委員名簿", "会議", "委員意見"]));
    expect(JSON.stringify(fx.fake.state.properties)).toBe(before); // the workbook's metadata is untouched
    const kpi = fx.fake.state.allTables().find((t) => t.name === "KPI")!;
    const headerRow = Number(/\d+/.exec(kpi.address)![0]);
    const sheet = fx.fake.state.sheet("KPI一覧");
    const lastCol = (() => {
      let c = 1;
      while (getCell(sheet, headerRow, c + 1)?.value !== undefined) c++;
      return c;
    })();
    expect([getCell(sheet, headerRow, lastCol - 1)?.value, getCell(sheet, headerRow, lastCol)?.value]).toEqual([
      "意見数",
      "未対応意見",
    ]);
    // the open-comment marks on the 未対応意見 and ID cells (ExcelApi 1.6 is supported by this host)
    const open =
      String.fromCharCode(64 + Math.floor((lastCol - 1) / 26)) + String.fromCharCode(65 + ((lastCol - 1) % 26));
    const marks = sheet.conditionalFormats.filter(
      (cf) =>
        (cf.custom as { rule?: { formula?: string } } | undefined)?.rule?.formula ===
        `=AND(ISNUMBER($${open}${headerRow + 1}),$${open}${headerRow + 1}>0)`,
    );
    expect(marks.map((m) => m.address).sort()).toEqual(
      [`A${headerRow + 1}:A${headerRow + 10}`, `${open}${headerRow + 1}:${open}${headerRow + 10}`].sort(),
    );
    expect(getCell(sheet, headerRow + 1, lastCol - 1)?.formula).toBe(
      `=IF($A${headerRow + 1}="","",COUNTIF('委員意見'!$C:$C,$A${headerRow + 1}))`,
    );
    expect(await screen.findByText(/先に委員と会議を登録してください/)).toBeInTheDocument();
  });

  it("speaks English with lang=en", async () => {
    const fx = await fakeWith(commentsPlan({ members: MEMBERS, meetings: MEETINGS }));
    renderPanel(fx, memoryStorage(), "en");
    expect(await screen.findByText("The strategy as a whole")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add comment" })).toBeInTheDocument();
  });
});

describe("委員意見 panel opened before the workbook exists", () => {
  it("follows the selection after 再読み込み once KPI一覧 is there", async () => {
    const fx = await fakeWith(null);
    renderPanel(fx);
    await screen.findByRole("button", { name: "委員意見のシートを追加" });
    const applied = await applyWorkbookPlan(fx.context, commentsPlan({ members: MEMBERS, meetings: MEETINGS }), {
      isSetSupported: () => true,
    });
    expect(applied.ok).toBe(true);
    expect(fx.fake.state.selectionHandlers).toHaveLength(0);
    await userEvent.click(screen.getByRole("button", { name: "再読み込み" }));
    await select(fx, "A5");
    await screen.findByText(/^1-1-K1-1 /);
  });
});
