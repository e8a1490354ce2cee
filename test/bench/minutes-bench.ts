/**
 * Minutes bench: 1,000 comments (texts of a few hundred characters, some multi-line) over the bundled dataset's
 * indicators, 施策, sub-goals and the strategy → buildMinutes + .docx (target ≤ 1 s), Markdown and CSV.
 * `npm run bench` prints these rows with the others; `npx tsx test/bench/minutes-bench.ts` runs it alone.
 */
import { performance } from "node:perf_hooks";
import type { CommentRecord, CommentTarget, Meeting, Member } from "../../src/domain/comments/types";
import type { Dataset } from "../../src/domain/dataset/schema";
import { buildMinutes, minutesToCsv, minutesToMarkdown, type MinutesDocument } from "../../src/domain/minutes";
import { packMinutesDocx } from "../../src/adapters/docx/minutes-docx";
import { loadSeedDataset } from "./synthetic";

const RUNS = 3;

export function syntheticMinutesInput(dataset: Dataset, n: number) {
  const members: Member[] = Array.from({ length: 12 }, (_, i) => ({
    id: `M${String(i + 1).padStart(3, "0")}`,
    name: `委員 ${i + 1}`,
    role: i === 0 ? "会長" : i === 1 ? "副会長" : "委員",
    affiliation: `所属${i + 1}`,
    active: true,
  }));
  const meeting: Meeting = {
    number: 1,
    date: "2025-11-20",
    startTime: "14:00",
    endTime: "15:30",
    place: "伊勢崎市役所",
    attendees: members.map((m) => m.id),
    absentees: [],
    cityAttendees: "企画部長",
    agenda: ["進捗状況について"],
    handouts: ["資料1"],
    observers: "",
    disclosure: "",
    secretariat: "",
  };
  const targets: CommentTarget[] = [
    { kind: "strategy" },
    ...dataset.subGoals.map((s) => ({ kind: "subGoal" as const, id: s.id })),
    ...dataset.measures.map((m) => ({ kind: "measure" as const, id: m.id })),
    ...dataset.indicators.map((i) => ({ kind: "indicator" as const, id: i.id })),
  ];
  const comments: CommentRecord[] = Array.from({ length: n }, (_, i) => {
    const member = members[i % members.length] as Member;
    return {
      id: `C-20251120-${String(i).padStart(6, "0")}`,
      meeting: 1,
      target: targets[i % targets.length] as CommentTarget,
      speakerId: member.id,
      speakerName: member.name,
      category: (["意見", "質問", "提言", "要望", "その他"] as const)[i % 5]!,
      text:
        `意見${i}：` +
        "指標の推移について説明を求める。".repeat(1 + (i % 20)) +
        (i % 3 === 0 ? "\n二行目 <b>&</b>" : ""),
      response: i % 2 === 0 ? "担当課で確認し、次回の会議で報告します。" : "",
      status: (["未対応", "対応中", "対応済"] as const)[i % 3]!,
      recordedAt: `2025-11-20T14:${String(i % 60).padStart(2, "0")}:00+09:00`,
      recordedBy: "企画調整課",
    };
  });
  return { dataset, members, meetings: [meeting], comments, statusById: new Map(), meetingNumber: 1 };
}

async function best(job: () => Promise<unknown>): Promise<number> {
  await job();
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await job();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/** Rows for the bench table: [measure, value, target]. */
export async function minutesBenchRows(): Promise<string[][]> {
  const input = syntheticMinutesInput(loadSeedDataset(), 1000);
  const build = (): MinutesDocument => {
    const r = buildMinutes(input);
    if (!r.ok) throw new Error(r.message);
    return r.minutes;
  };
  const doc = build();
  let bytes = 0;
  const docx = await best(async () => {
    bytes = (await packMinutesDocx(build())).length;
  });
  const md = await best(async () => minutesToMarkdown(build()));
  const csv = await best(async () => minutesToCsv(build()));
  const ms = (t: number): string => `${Math.round(t)} ms`;
  return [
    [
      `minutes: build + .docx, ${doc.summary.total} comments (best of ${RUNS})`,
      `${ms(docx)} (${(bytes / 1000).toFixed(0)} kB)`,
      "≤ 1 s",
    ],
    ["minutes: build + Markdown, same", ms(md), ""],
    ["minutes: build + CSV, same", ms(csv), ""],
  ];
}

if (require.main === module) {
  minutesBenchRows().then(
    (rows) => process.stdout.write(rows.map((r) => `| ${r.join(" | ")} |`).join("\n") + "\n"),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
