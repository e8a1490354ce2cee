import { absentMembers, meetingAbsentees, type Member } from "../../../src/domain/comments";
import { CHAIR, RETIRED, VICE } from "../../fixtures/comments/records";

const THIRD: Member = { id: "M004", name: "高橋 次郎", role: "委員", affiliation: "市民", active: true };
const ROSTER = [CHAIR, VICE, RETIRED, THIRD];

describe("absentees derived from the roster", () => {
  it("are the serving members not among the attendees, in roster order (a retired member is never absent)", () => {
    expect(absentMembers(["M002"], ROSTER)).toEqual(["M001", "M004"]);
    expect(absentMembers(["M001", "M002", "M004"], ROSTER)).toEqual([]);
  });

  it("are used only when none were recorded", () => {
    expect(meetingAbsentees({ attendees: ["M001"], absentees: ["M003"] }, ROSTER)).toEqual(["M003"]);
    expect(meetingAbsentees({ attendees: ["M001"], absentees: [] }, ROSTER)).toEqual(["M002", "M004"]);
  });

  it("are none when no attendance was taken (not everyone absent)", () => {
    expect(meetingAbsentees({ attendees: [], absentees: [] }, ROSTER)).toEqual([]);
  });
});
