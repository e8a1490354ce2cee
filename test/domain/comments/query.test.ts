import {
  checkMeetingDeletion,
  checkMemberDeletion,
  countByTarget,
  describeProblem,
  filterComments,
  latestMeeting,
  sortNewestFirst,
} from "../../../src/domain/comments";
import { CHAIR, comment, MEETING_1, MEETING_2, MEETINGS, RETIRED, VICE } from "../../fixtures/comments/records";

const A = comment({ id: "C-a", meeting: 1, recordedAt: "2025-07-10T15:00:00+09:00", status: "対応済" });
const B = comment({ id: "C-b", meeting: 2, recordedAt: "2025-11-20T14:00:00+09:00" });
const C = comment({
  id: "C-c",
  meeting: 2,
  recordedAt: "2025-11-20T14:10:00+09:00",
  status: "対応中",
  speakerId: "M002",
});
const D = comment({
  id: "C-d",
  meeting: 2,
  recordedAt: "2025-11-20T14:10:00+09:00",
  target: { kind: "measure", id: "1-1-2" },
});

describe("pane queries", () => {
  it("sorts newest first: meeting, then 記録日時, then id", () => {
    expect(sortNewestFirst([A, B, C, D]).map((c) => c.id)).toEqual(["C-d", "C-c", "C-b", "C-a"]);
  });

  it("filters by target, meeting and status", () => {
    const all = [A, B, C, D];
    expect(filterComments(all, { target: { kind: "indicator", id: "1-1-K1-1" } }).map((c) => c.id)).toEqual([
      "C-a",
      "C-b",
      "C-c",
    ]);
    expect(filterComments(all, { meeting: 1 }).map((c) => c.id)).toEqual(["C-a"]);
    expect(filterComments(all, { statuses: ["未対応", "対応中"] }).map((c) => c.id)).toEqual(["C-b", "C-c", "C-d"]);
    expect(filterComments(all, { statuses: [] })).toHaveLength(4);
  });

  it("counts comments and open ones per target (the twin of the KPI一覧 columns)", () => {
    expect(Object.fromEntries(countByTarget([A, B, C, D]))).toEqual({
      "1-1-K1-1": { total: 3, open: 2 },
      "1-1-2": { total: 1, open: 1 },
    });
  });

  it("finds the latest meeting by 回, not by list order", () => {
    expect(latestMeeting([MEETING_2, MEETING_1])?.number).toBe(2);
    expect(latestMeeting([])).toBeUndefined();
  });
});

describe("deletion checks", () => {
  it("refuses to delete a member who spoke or attended, listing the references", () => {
    const [p] = checkMemberDeletion(VICE, [C], MEETINGS);
    expect(describeProblem(p!, "ja")).toBe(
      "委員 M002 佐藤 花子は次の記録で参照されているため削除できません: 委員意見 C-c、会議 第1回",
    );
    expect(checkMemberDeletion({ ...RETIRED, id: "M009" }, [A, B, C], MEETINGS)).toEqual([]);
    expect(checkMemberDeletion(CHAIR, [], [])).toEqual([]);
  });

  it("refuses to delete a meeting that comments belong to", () => {
    expect(checkMeetingDeletion(MEETING_1, [A, B]).map((p) => p.params.refs)).toEqual(["委員意見 C-a"]);
    expect(checkMeetingDeletion({ ...MEETING_1, number: 5 }, [A, B])).toEqual([]);
  });
});
