import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { firstChunkGzip, scriptSources } from "./pane-chunks";

describe("firstChunkGzip", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "pane-chunks-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the src of quoted and unquoted script tags", () => {
    expect(scriptSources(`<script src=a.js></script><script defer src="./b.js"></script><script>x()</script>`)).toEqual(
      ["a.js", "./b.js"],
    );
  });

  it("gzips the page's scripts except office.js, and leaves the lazy chunks out", () => {
    const main = "console.log('main');".repeat(200);
    const vendor = "var v = 1;".repeat(50);
    writeFileSync(path.join(dir, "main.js"), main);
    writeFileSync(path.join(dir, "vendor.js"), vendor);
    writeFileSync(path.join(dir, "panel-lazy.js"), "lazy".repeat(1000));
    writeFileSync(
      path.join(dir, "taskpane.html"),
      `<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>` +
        `<script defer src=vendor.js></script><script defer src="./main.js"></script>`,
    );
    expect(firstChunkGzip(dir)).toEqual({
      files: ["vendor.js", "./main.js"],
      bytes: gzipSync(vendor).length + gzipSync(main).length,
    });
  });

  it("refuses a remote script that is not office.js", () => {
    writeFileSync(path.join(dir, "taskpane.html"), `<script src=https://cdn.example.org/react.js></script>`);
    expect(() => firstChunkGzip(dir)).toThrow(/remote: https:\/\/cdn\.example\.org\/react\.js/);
  });
});
