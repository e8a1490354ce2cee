import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { joinedLines, normalise, occursInSeed, seedLines, SEED_PATH } from "./seed-text";

describe("the comparison normaliser", () => {
  it("turns full-width digits into ASCII digits", () => {
    expect(normalise("令和９年度")).toBe("令和9年度");
    expect(normalise("０１２３４５６７８９")).toBe("0123456789");
  });
  it("drops spaces of either width and line breaks, so a name over two lines joins", () => {
    expect(normalise("　将来の夢や希望の実現に向け努力している\n　児童・生徒の割合")).toBe(
      "将来の夢や希望の実現に向け努力している児童・生徒の割合",
    );
    expect(normalise("ほ場 整備面積（累計）")).toBe("ほ場整備面積（累計）");
    expect(normalise("a \t\r\nb")).toBe("ab");
  });
  it("keeps everything else: brackets, ※, full-width letters, commas", () => {
    expect(normalise("700人(※)")).not.toBe(normalise("700人（※）"));
    expect(normalise("ＫＰＩ")).toBe("ＫＰＩ");
    expect(normalise("1,563件")).toBe("1,563件");
    expect(normalise("①")).toBe("①");
  });
  it("finds printed strings only where the seed prints them", () => {
    expect(occursInSeed("将来の夢や希望の実現に向け努力している児童・生徒の割合")).toBe(true);
    expect(occursInSeed("430万人(※)")).toBe(true);
    expect(occursInSeed("430万人（※）")).toBe(false);
    expect(occursInSeed("1,536件")).toBe(false);
  });
  it("joins chosen lines in the given order", () => {
    expect(seedLines[269]).toBe("　新規求人数");
    expect(joinedLines([1077, 1078])).toBe("ミニデイサービス事業を実施している行政区の割合");
  });
});

describe("the seed copy", () => {
  // The hash was taken of the source text when the project copied it into seeds/: line numbers in sourceLines and
  // verification only mean something against exactly these bytes.
  it("is byte for byte the source text as copied (sha256, 1326 lines)", () => {
    const bytes = readFileSync(SEED_PATH);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(
      "6efb6269c7eaf71d67179668642461d2c4f5556a53ca0ba7dfd6d2684e2fb2ac",
    );
    expect(bytes.toString("utf8").split("\n").length - 1).toBe(1326);
  });
});
