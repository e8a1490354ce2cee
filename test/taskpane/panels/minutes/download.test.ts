/** @jest-environment jsdom */
import { downloadBlob } from "../../../../src/taskpane/panels/minutes/download";

describe("downloadBlob", () => {
  const original = URL.createObjectURL;
  afterEach(() => {
    Object.assign(URL, { createObjectURL: original });
    jest.restoreAllMocks();
  });

  it("says false where the host has no object URLs (the panel then offers the sheet)", () => {
    Object.assign(URL, { createObjectURL: undefined });
    expect(downloadBlob(new Blob(["x"]), "a.md")).toBe(false);
  });

  it("clicks a temporary link with the file name and removes it", () => {
    Object.assign(URL, { createObjectURL: () => "blob:fake", revokeObjectURL: () => undefined });
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: document.body.contains(this) });
    });
    expect(downloadBlob(new Blob(["x"]), "会議録_第3回.docx")).toBe(true);
    expect(clicked).toEqual([{ href: "blob:fake", download: "会議録_第3回.docx", attached: true }]);
    expect(document.querySelectorAll("a")).toHaveLength(0);
  });

  it("says false when the host throws", () => {
    Object.assign(URL, {
      createObjectURL: () => {
        throw new Error("blocked");
      },
    });
    expect(downloadBlob(new Blob(["x"]), "a.csv")).toBe(false);
  });
});
