#!/usr/bin/env node
/**
 * `npm start` / `npm stop` without office-addin-debugging (its keytar dependency cannot build here):
 *   start  serves the built pane (dist/) over HTTPS on port 3000 in the background, using the certificates of
 *          office-addin-dev-certs, and prints how to sideload manifest.xml into Excel on the web and desktop;
 *   stop   stops the server that `start` started (its pid is kept in a file under os.tmpdir()).
 * The static file handler is exported for the e2e tests' plain-HTTP server.
 */
"use strict";
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const https = require("node:https");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const PID_FILE = path.join(os.tmpdir(), "kpi-review-addin-server.pid");
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** A request handler serving files under `dir` (GET/HEAD only, no directory listing, no escaping `dir`). */
function createStaticHandler(dir, { onRequest } = {}) {
  const root = path.resolve(dir);
  return (req, res) => {
    if (onRequest) onRequest(req);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || "/", "http://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = path.resolve(root, "." + (pathname.endsWith("/") ? pathname + "taskpane.html" : pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`not found: ${pathname}`);
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "Cache-Control": "no-cache",
      "Access-Control-Allow-Origin": "*",
    });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(file).pipe(res);
  };
}

function sideloadSteps(base) {
  return [
    "How to load the add-in into Excel (サイドロード手順):",
    "",
    "Excel on the web (Excel for the web):",
    "  1. Open a workbook at https://www.office.com (this computer's browser must trust the dev certificate:",
    `     open ${base}taskpane.html once and accept it, or import ${path.join(CERT_DIR, "ca.crt")}).`,
    "  2. Home › Add-ins › More Add-ins (［ホーム］→［アドイン］→［その他のアドイン］).",
    "  3. My Add-ins › Upload My Add-in (［マイ アドイン］→［マイ アドインのアップロード］).",
    `  4. Choose ${path.join(ROOT, "manifest.xml")} and Upload.`,
    "  5. Home › KPI Review (［ホーム］→［KPIレビュー］) opens the pane.",
    "",
    "Excel desktop on Windows:",
    "  1. Share the folder holding manifest.xml (e.g. \\\\this-pc\\kpi-review) and note its network path.",
    "  2. File › Options › Trust Center › Trust Center Settings › Trusted Add-in Catalogs: add the path,",
    "     tick 'Show in Menu', OK, restart Excel.",
    "  3. Home › Add-ins › More Add-ins › SHARED FOLDER › KPI Review › Add.",
    "",
    "Excel desktop on Mac:",
    "  1. Copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ (create 'wef' if needed).",
    "  2. Restart Excel, then Home › Add-ins › My Add-ins shows KPI Review.",
    "",
    "For a production server: ADDIN_BASE_URL=https://your.server/path/ npm run build, publish dist/, and sideload",
    "dist/manifest.xml instead.",
  ].join("\n");
}

function readPid() {
  try {
    const pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function missingCertificates() {
  return ["localhost.crt", "localhost.key", "ca.crt"].filter((f) => !fs.existsSync(path.join(CERT_DIR, f)));
}

function start() {
  const base = `https://localhost:${PORT}/`;
  const running = readPid();
  if (running && isRunning(running)) {
    process.stdout.write(`The add-in server is already running (pid ${running}) at ${base}taskpane.html\n\n`);
    process.stdout.write(sideloadSteps(base) + "\n");
    return 0;
  }
  const missing = missingCertificates();
  if (missing.length > 0) {
    process.stdout.write(
      [
        `Cannot serve the pane: the development certificates are missing (${missing.join(", ")} in ${CERT_DIR}).`,
        "Excel loads add-ins only over HTTPS. Create them once with:",
        "  npx office-addin-dev-certs install",
        "(on Linux it writes the files, then fails to trust the CA without sudo; trust ca.crt in your browser yourself),",
        "then run `npm start` again. The steps to sideload, once the server runs:",
        "",
        sideloadSteps(base),
        "",
      ].join("\n"),
    );
    return 1;
  }
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    process.stdout.write("dist/ has no build yet: running `npm run build` first…\n");
    const built = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: ROOT,
      stdio: "inherit",
    });
    if (built.status !== 0) return built.status || 1;
  }
  const logFile = path.join(os.tmpdir(), "kpi-review-addin-server.log");
  const out = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, [__filename, "serve"], { detached: true, stdio: ["ignore", out, out] });
  child.unref();
  fs.writeFileSync(PID_FILE, String(child.pid));
  process.stdout.write(
    `Serving dist/ at ${base}taskpane.html (pid ${child.pid}, log ${logFile}); stop it with \`npm stop\`.\n\n` +
      sideloadSteps(base) +
      "\n",
  );
  return 0;
}

function stop() {
  const pid = readPid();
  if (!pid) {
    process.stdout.write("No add-in server started by `npm start` is running.\n");
    return 0;
  }
  if (isRunning(pid)) {
    process.kill(pid, "SIGTERM");
    process.stdout.write(`Stopped the add-in server (pid ${pid}).\n`);
  } else {
    process.stdout.write(`The add-in server (pid ${pid}) had already stopped.\n`);
  }
  fs.rmSync(PID_FILE, { force: true });
  return 0;
}

function serve() {
  const options = Object.fromEntries(
    [
      ["cert", "localhost.crt"],
      ["key", "localhost.key"],
      ["ca", "ca.crt"],
    ].map(([k, f]) => [k, fs.readFileSync(path.join(CERT_DIR, f))]),
  );
  const server = https.createServer(options, createStaticHandler(DIST));
  server.listen(PORT, "localhost", () => process.stdout.write(`listening on https://localhost:${PORT}/\n`));
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

if (require.main === module) {
  const verb = process.argv[2];
  if (verb === "start") process.exitCode = start();
  else if (verb === "stop") process.exitCode = stop();
  else if (verb === "serve") serve();
  else {
    process.stderr.write("usage: node src/cli/start-addin.cjs start|stop\n");
    process.exitCode = 2;
  }
}

module.exports = { createStaticHandler, sideloadSteps };
