import { latestSecretariat } from "../../../src/domain/comments";
import { MEETING_1 } from "../../fixtures/comments/records";

const meeting = (number: number, secretariat: string) => ({ ...MEETING_1, number, secretariat });

describe("latestSecretariat: the 事務局 a new meeting starts with", () => {
  it("is the newest meeting's by 回, not by the order of the table", () => {
    expect(latestSecretariat([meeting(3, "企画調整課"), meeting(1, "企画課"), meeting(2, "政策課")])).toBe(
      "企画調整課",
    );
  });

  it("passes over meetings recorded without one (older rows), trimmed", () => {
    expect(latestSecretariat([meeting(1, " 企画課 "), meeting(2, ""), meeting(3, "  ")])).toBe("企画課");
  });

  it("is empty with no meetings or none that recorded it", () => {
    expect(latestSecretariat([])).toBe("");
    expect(latestSecretariat([meeting(1, "")])).toBe("");
  });
});
