/**
 * The static file handler shared by `npm start` (HTTPS) and the e2e server (HTTP): serves files under its folder
 * with the right types, and nothing outside it.
 */
import { request } from "node:http";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { useStaticServer } from "./support/pane-browser";

/** A served folder `dist` with a page and an image, and a secret file beside it (outside what is served). */
function makeSite(): string {
  const base = mkdtempSync(path.join(tmpdir(), "kpi-review-static-"));
  const root = path.join(base, "dist");
  mkdirSync(path.join(root, "assets"), { recursive: true });
  writeFileSync(path.join(root, "taskpane.html"), "<!doctype html><title>x</title>");
  writeFileSync(path.join(root, "assets", "a.png"), Buffer.from([0x89, 0x50]));
  writeFileSync(path.join(base, "secret.txt"), "outside");
  return root;
}

const server = useStaticServer(makeSite);

/** A raw GET, so the path is sent exactly as written (no client-side normalising of "..") */
function get(rawPath: string, method = "GET"): Promise<{ status: number; type: string | undefined; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }));
    });
    req.on("error", reject);
    req.end();
  });
}

it("serves files with their content types, and taskpane.html for /", async () => {
  expect(await get("/taskpane.html")).toMatchObject({ status: 200, type: "text/html; charset=utf-8" });
  expect(await get("/assets/a.png")).toMatchObject({ status: 200, type: "image/png" });
  expect((await get("/")).body).toContain("<title>x</title>");
  expect(await get("/taskpane.html?lang=en")).toMatchObject({ status: 200 });
});

it.each(["/../secret.txt", "/%2e%2e/secret.txt", "/assets/../../secret.txt", "/assets/%2e%2e%2f%2e%2e%2fsecret.txt"])(
  "refuses %s (outside the served folder)",
  async (raw) => {
    const res = await get(raw);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain("outside");
  },
);

it("answers 404 for a missing file and a folder, 405 for other methods", async () => {
  expect((await get("/nope.js")).status).toBe(404);
  expect((await get("/assets")).status).toBe(404);
  expect((await get("/taskpane.html", "POST")).status).toBe(405);
});
