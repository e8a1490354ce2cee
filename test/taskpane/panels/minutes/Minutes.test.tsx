/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { validateDataset } from "../../../../src/domain/dataset/validate";
import { quoteBlock } from "../../../../src/domain/minutes";
import { applyWorkbookPlan } from "../../../../src/adapters/office";
import { PaneRoot } from "../../../../src/taskpane/components/pane-root/PaneRoot";
import type { ExcelHost } from "../../../../src/taskpane/host/excel-host";
import { Minutes } from "../../../../src/taskpane/panels/minutes/Minutes";
import type { DownloadFile } from "../../../../src/taskpane/panels/minutes/download";
import { createFakeExcel, getCell, type FakeExcel } from "../../../support/fake-excel";
import { commentsPlan } from "../../../fixtures/comments/workbook";
import { COMMENTS, DATASET_FILE, HOSTILE_TEXT, MEETINGS, MEMBERS } from "../../../fixtures/minutes/records";

/** Writing a sheet through the fake takes a while on a busy two-core machine. */
const SLOW = { timeout: 15_000 };
jest.setTimeout(60_000);

const loadDataset = () => validateDataset(JSON.parse(readFileSync(DATASET_FILE, "utf8")));

async function fakeWorkbook(): Promise<FakeExcel> {
  const fx = createFakeExcel();
  const applied = await applyWorkbookPlan(
    fx.context,
    commentsPlan({ members: MEMBERS, meetings: MEETINGS, comments: COMMENTS }),
    {
      isSetSupported: () => true,
    },
  );
  if (!applied.ok) throw new Error(JSON.stringify(applied));
  return fx;
}

const hostFor = (fx: FakeExcel): ExcelHost => ({
  kind: "fake",
  run: (batch) => batch(fx.context),
  isSetSupported: () => true,
});

/** Renders the panel and presses 「会議を読み込む」 (the panel reads nothing before it is asked to). */
async function renderPanel(host: ExcelHost, download: DownloadFile, lang: "ja" | "en" = "ja") {
  const Panel = () => <Minutes loadDataset={loadDataset} download={download} />;
  const view = render(
    <PaneRoot host={host} lang={lang} panels={[{ id: "minutes", titleKey: "minutes.title", Component: Panel }]} />,
  );
  await userEvent.click(screen.getByRole("button", { name: lang === "ja" ? "会議を読み込む" : "Load meetings" }));
  return view;
}

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe("「会議録」 panel", () => {
  it("lists the workbook's meetings, newest first, with 和暦 dates", async () => {
    await renderPanel(hostFor(await fakeWorkbook()), () => true);
    const select = await screen.findByRole("combobox", { name: "会議" });
    const options = [...(select as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual([
      "第4回（令和8年2月12日（木））",
      "第3回（令和7年11月20日（木））",
      "第2回（令和7年7月10日（木））",
    ]);
  });

  it("exports Markdown of the chosen meeting through the download function", async () => {
    const files: { blob: Blob; name: string }[] = [];
    await renderPanel(hostFor(await fakeWorkbook()), (blob, name) => files.push({ blob, name }) > 0);
    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "会議" }), "3");
    await userEvent.click(screen.getByRole("radio", { name: "Markdown（.md）" }));
    await userEvent.click(screen.getByRole("button", { name: "書き出す" }));
    await screen.findByText(/「会議録_第3回\.md」のダウンロードを開始しました（意見 7件）/);
    expect(files.map((f) => f.name)).toEqual(["会議録_第3回.md"]);
    const md = await blobText(files[0]!.blob);
    for (const c of COMMENTS.filter((x) => x.meeting === 3))
      expect(md.split(quoteBlock(c.text).join("\n")).length).toBe(2);
    expect(md).not.toContain("第2回の意見");
  });

  it("exports .docx (a zip) and CSV with a BOM", async () => {
    const files: { blob: Blob; name: string }[] = [];
    await renderPanel(hostFor(await fakeWorkbook()), (blob, name) => files.push({ blob, name }) > 0);
    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "会議" }), "3");
    await userEvent.click(screen.getByRole("button", { name: "書き出す" }));
    await screen.findByText(/会議録_第3回\.docx/, undefined, SLOW);
    await userEvent.click(screen.getByRole("radio", { name: "CSV（.csv、UTF-8）" }));
    await userEvent.click(screen.getByRole("button", { name: "書き出す" }));
    await screen.findByText(/会議録_第3回\.csv/);
    const [docx, csv] = await Promise.all(files.map((f) => blobBytes(f.blob)));
    expect([...docx!.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
    expect([...csv!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("where downloads are not allowed, offers the sheet and writes 会議録_第N回 without touching the workbook's metadata", async () => {
    const fx = await fakeWorkbook();
    const metadataBefore = fx.fake.state.properties.comments;
    expect(metadataBefore).toBeTruthy();
    await renderPanel(hostFor(fx), () => false);
    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "会議" }), "3");
    await userEvent.click(screen.getByRole("button", { name: "書き出す" }));
    await screen.findByText(/この環境ではファイルをダウンロードできません/);
    const offered = screen.getAllByRole("button", { name: "シートに書き出す" });
    await userEvent.click(offered[offered.length - 1]!);
    await screen.findByText(/シート「会議録_第3回」に書き出しました（意見 7件）/, undefined, SLOW);
    const sheet = fx.fake.state.sheet("会議録_第3回");
    const texts: unknown[] = [];
    for (let r = 1; r <= 60; r++) for (let c = 1; c <= 5; c++) texts.push(getCell(sheet, r, c)?.value);
    expect(texts).toContain(HOSTILE_TEXT);
    expect(fx.fake.state.properties.comments).toBe(metadataBefore);

    // a second time: the sheet exists → confirm → replace
    await userEvent.click(screen.getAllByRole("button", { name: "シートに書き出す" })[0]!);
    await screen.findByText(/シート「会議録_第3回」は既にあります/, undefined, SLOW);
    await userEvent.click(screen.getByRole("button", { name: "置き換える" }));
    await screen.findByText(/シート「会議録_第3回」に書き出しました/, undefined, SLOW);
  });

  it("a meeting without comments still exports, and an unreadable workbook is a message", async () => {
    await renderPanel(hostFor(await fakeWorkbook()), () => true, "en");
    await screen.findByRole("combobox", { name: "Meeting" });
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    await screen.findByText(/「会議録_第4回\.docx」 \(0 comments\)/, undefined, SLOW);

    const failing: ExcelHost = {
      kind: "fake",
      run: () => Promise.reject(new Error("boom")),
      isSetSupported: () => true,
    };
    await renderPanel(failing, () => true);
    await waitFor(() => expect(screen.getByText("ブックを読み込めませんでした")).toBeInTheDocument());
  });
});
