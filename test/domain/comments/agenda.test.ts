import { stripAgendaNumber } from "../../../src/domain/comments";

describe("stripAgendaNumber: 議題 are stored without the number people type", () => {
  it.each([
    ["（1）第2期総合戦略の進捗状況について", "第2期総合戦略の進捗状況について"],
    ["(2) その他", "その他"],
    ["（１）　開会", "開会"],
    ["1. 評価について", "評価について"],
    ["２．報告", "報告"],
    ["3、意見交換", "意見交換"],
    ["  (10)閉会", "閉会"],
  ])("%s → %s", (typed, stored) => {
    expect(stripAgendaNumber(typed)).toBe(stored);
  });

  it.each([
    "令和6年度の実績について",
    "1.5倍の目標について", // a decimal, not a list number
    "2025年度の評価", // digits not followed by a list mark
    "第1回の振り返り",
  ])("leaves %s as it is", (text) => {
    expect(stripAgendaNumber(text)).toBe(text);
  });

  it("strips one number only, and keeps an item that is nothing but a number", () => {
    expect(stripAgendaNumber("（1）(1) 二重")).toBe("(1) 二重");
    expect(stripAgendaNumber("（1）")).toBe("（1）");
  });
});
