import { COMMENT_ID_PATTERN, japanTimestamp, newCommentId, nextMemberId } from "../../../src/domain/comments";
import { fixedIds } from "../../fixtures/comments/records";

describe("comment ids", () => {
  it("are the Japan-time second plus six Crockford base-32 characters from the random source", () => {
    // 05:30:05Z is 14:30:05 in Japan; 0.1→3, 0.5→G, 0.9→W, 0.3→9, 0.7→P, 0.2→6 (index = floor(r × 32)).
    const id = newCommentId(fixedIds("2025-11-20T05:30:05Z"));
    expect(id).toBe("C-20251120-143005-3GW9P6");
    expect(COMMENT_ID_PATTERN.test(id)).toBe(true);
  });

  it("crosses the date line in Japan time, not UTC", () => {
    expect(newCommentId(fixedIds("2025-11-20T15:00:00Z"))).toMatch(/^C-20251121-000000-/);
  });

  it("draws again when the id is taken, and fails loudly on a constant random source", () => {
    const taken = new Set(["C-20251120-143005-3GW9P6"]);
    // A seven-value cycle: the second draw starts at the seventh value (0 → "0"), then 0.1, 0.5, 0.9, 0.3, 0.7.
    const again = newCommentId(fixedIds("2025-11-20T05:30:05Z", [0.1, 0.5, 0.9, 0.3, 0.7, 0.2, 0]), taken);
    expect(again).toBe("C-20251120-143005-03GW9P");
    expect(taken.has(again)).toBe(false);
    const constant = { now: () => new Date("2025-11-20T05:30:05Z"), random: () => 0 };
    expect(() => newCommentId(constant, new Set(["C-20251120-143005-000000"]))).toThrow(/random source/);
  });

  it("two writers at the same second against the same state do not collide", () => {
    const writerA = { now: () => new Date("2025-11-20T05:30:05Z"), random: () => 0.01 };
    const writerB = { now: () => new Date("2025-11-20T05:30:05Z"), random: () => 0.99 };
    expect(newCommentId(writerA)).not.toBe(newCommentId(writerB));
  });

  it("formats 記録日時 in Japan time with its offset", () => {
    expect(japanTimestamp(new Date("2025-11-20T05:30:05.123Z"))).toBe("2025-11-20T14:30:05+09:00");
  });

  it("numbers members after the highest id in use, ignoring ids of another shape", () => {
    expect(nextMemberId([])).toBe("M001");
    expect(nextMemberId([{ id: "M001" }, { id: "M012" }, { id: "X999" }, { id: "M003" }])).toBe("M013");
  });
});
