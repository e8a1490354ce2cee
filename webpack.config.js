/**
 * Builds the task pane into dist/: taskpane.html + the React bundle, the icons, and manifest.xml with the development
 * base URL replaced by ADDIN_BASE_URL. office.js comes from Microsoft's CDN, as Microsoft requires of published
 * add-ins; OFFICE_JS=self-host copies it and the Excel host files from @microsoft/office-js into the build instead, so
 * the pane makes no request outside its origin (closed networks such as 自治体の LGWAN).
 *
 *   npm run build                      production (ADDIN_BASE_URL=https://example.org/kpi-review/ npm run build)
 *   OFFICE_JS=self-host npm run build  the same with office.js served from dist/
 *   npm run dev-server                 https://localhost:3000 with the certificates of office-addin-dev-certs
 *   webpack --env e2eFakeHost          test-only bundle rendering the pane with the recording fake Excel
 *   webpack --env e2ePane              test-only copy of the real pane, self-hosted, in test-output/e2e-pane
 *   npm run build:cli                  only the CLI (webpack --env cli) into dist/cli; `npm run build` builds both
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_BASE_URL = "https://localhost:3000/";
/**
 * learn.microsoft.com, "Referencing the Office JavaScript API library": an add-in published from AppSource must use
 * this CDN reference; local references are for internal, development and debugging scenarios. The @microsoft/office-js
 * package's README says the same, and to bundle the files for an environment that cannot reach the CDN.
 */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS = path.dirname(require.resolve("@microsoft/office-js/package.json")) + "/dist";
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** The production base URL, normalised to end in "/"; HTTPS is required by Office. */
function baseUrl() {
  const url = process.env.ADDIN_BASE_URL;
  if (!url) return DEV_BASE_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_BASE_URL must be an https:// URL, got "${url}"`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** "cdn" (default) or "self-host" (OFFICE_JS); the test bundles always self-host, so the tests stay offline. */
function officeJsSource(testBundle) {
  const choice = process.env.OFFICE_JS || "cdn";
  if (choice !== "cdn" && choice !== "self-host") {
    throw new Error(`OFFICE_JS must be "cdn" or "self-host", got "${choice}"`);
  }
  return testBundle || choice === "self-host" ? "self-host" : "cdn";
}

/** HTTPS options for the dev server, read directly from the files (getHttpsServerOptions fails on Linux). */
function devCertificates() {
  const files = { cert: "localhost.crt", key: "localhost.key", ca: "ca.crt" };
  const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(CERT_DIR, f)));
  if (missing.length > 0) {
    const message = [
      `kpi-review: the development certificates are missing (${missing.join(", ")} in ${CERT_DIR}).`,
      "Office only loads add-ins over HTTPS. Create them once with:",
      "  npx office-addin-dev-certs install",
      "(on Linux it writes the files, then cannot trust the CA without sudo: trust ca.crt in your browser/OS yourself).",
    ].join("\n");
    // A plain message and exit, not a stack trace: this is a setup step, not a bug.
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(CERT_DIR, f))]));
}

/**
 * Office.js's ULS logger (in o15apptofilemappingtable.js, loaded outside Office, and in excel-win32-16.00.js) opens
 * a hidden iframe on Microsoft's telemetry service 3 s after loading. The pane must make no request outside its
 * origin, so our self-hosted copy points that frame at about:blank; the logger then only buffers. Nothing else in
 * the files changes.
 */
const TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";
function withoutTelemetryFrame(content) {
  const text = content.toString("utf8");
  return text.includes(TELEMETRY_FRAME)
    ? Buffer.from(text.split(TELEMETRY_FRAME).join("about:blank"), "utf8")
    : content;
}

/** The Office.js files a task pane in Excel needs: the loader, Excel's host scripts, telemetry, ja/en strings. */
function officeJsPatterns() {
  const files = fs
    .readdirSync(OFFICE_JS)
    .filter((f) => /^(office|o15apptofilemappingtable|excel[\w.-]*)\.js$/.test(f) && !f.endsWith(".debug.js"));
  const patterns = files.map((f) => ({ from: path.join(OFFICE_JS, f), to: f }));
  for (const f of [
    "telemetry/oteljs.js",
    "telemetry/oteljs_agave.js",
    "ja-jp/office_strings.js",
    "en-us/office_strings.js",
  ]) {
    patterns.push({ from: path.join(OFFICE_JS, f), to: f });
  }
  // Already minified by Microsoft: without this Terser re-minifies ~26 MB (builds of about 180 s).
  return patterns.map((p) => ({
    ...p,
    info: { minimized: true },
    transform: { transformer: withoutTelemetryFrame, cache: true },
  }));
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const fakeHost = Boolean(env.e2eFakeHost);
  const e2ePane = Boolean(env.e2ePane);
  const selfHost = officeJsSource(fakeHost || e2ePane) === "self-host";
  const base = baseUrl();
  const outputPath = fakeHost
    ? path.resolve(__dirname, "test-output/e2e-fake-host")
    : e2ePane
      ? path.resolve(__dirname, "test-output/e2e-pane")
      : path.resolve(__dirname, "dist");

  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: fakeHost ? { taskpane: "./test/e2e/fake-host/index.tsx" } : { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: outputPath,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      // dist/cli is the CLI bundle's (cliConfig below): a pane build leaves it.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // office-addin-mock (the e2e fake Excel) imports office-addin-manifest only for an enum; the real one pulls in Node modules.
      alias: fakeHost
        ? { "office-addin-manifest": path.resolve(__dirname, "test/support/office-addin-manifest-stub.js") }
        : {},
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // tsc --noEmit does the type checking; the bundle only needs the transpiled code.
              transpileOnly: true,
              compilerOptions: { noEmit: false, sourceMap: true, module: "esnext", moduleResolution: "bundler" },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        templateParameters: {
          officeJsSrc: selfHost ? "./office.js" : OFFICE_JS_CDN,
          officeJsNote: selfHost
            ? "office.js is served from this build (no request leaves the add-in's origin)."
            : "office.js from Microsoft's CDN, as published add-ins must (OFFICE_JS=self-host serves it from the build).",
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          ...(selfHost ? officeJsPatterns() : []),
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // URLs first, then the bare origin (AppDomain).
            transform: (content) =>
              content
                .toString("utf8")
                .split(DEV_BASE_URL)
                .join(base)
                .split(new URL(DEV_BASE_URL).origin)
                .join(new URL(base).origin),
          },
        ],
      }),
    ],
    // Rebuilds (e2e setup, CI, watch) reuse modules and minified output from node_modules/.cache/webpack.
    cache: {
      type: "filesystem",
      name: `${production ? "production" : "development"}-${fakeHost ? "e2e-fake-host" : e2ePane ? "e2e-pane" : "pane"}-${selfHost ? "self-host" : "cdn"}`,
      buildDependencies: { config: [__filename] },
    },
    performance: { hints: false },
    // The first chunk (taskpane.*.js) holds the header and tabs; each panel, the create panel's build with the dataset
    // and zod, and the minutes' docx are async chunks (import()). Code that several of them share, from node_modules or
    // ours, goes to one chunk per set of users, named after them (vendors-panel-comments~panel-minutes) and fetched once.
    optimization: {
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          // Vendor code used by one async chunk only stays in it (one request); webpack's default splits it out.
          defaultVendors: { test: /[\\/]node_modules[\\/]/, minChunks: 2, priority: -10, reuseExistingChunk: true },
          default: { minChunks: 2, priority: -20, reuseExistingChunk: true },
        },
        name: (_module, chunks, cacheGroup) =>
          `${cacheGroup === "defaultVendors" ? "vendors" : "shared"}-${chunks
            .map((c) => c.name)
            .filter(Boolean)
            .sort()
            .join("~")}`,
      },
    },
    devServer: {
      port: 3000,
      host: "localhost",
      hot: false,
      liveReload: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? devCertificates() : {} },
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

/**
 * The CLI (`kpi-review`, package.json bin → src/cli/bin.cjs) as plain JavaScript for node: dist/cli/kpi-review.cjs,
 * so no transpiler runs at start-up. The verbs' dynamic import() become chunks beside it, so `--help` and `validate`
 * load neither exceljs nor docx. The dependencies are bundled too: measured side by side, `workbook` with exceljs
 * bundled takes 0.42 s against 0.91 s with exceljs, docx and zod left for node to resolve in node_modules (2.2 s
 * against 3.9 s on a loaded machine). Not minified: Terser makes the build 4× longer (every `npm install` runs it as
 * prepare) and the start no faster (within the noise of medians of 7).
 */
function cliConfig(argv) {
  const production = argv.mode === "production";
  return {
    name: "cli",
    mode: production ? "production" : "development",
    target: "node20",
    devtool: false,
    entry: { "kpi-review": "./src/cli/bundle-entry.ts" },
    output: {
      path: path.resolve(__dirname, "dist/cli"),
      filename: "[name].cjs",
      chunkFilename: "[name].cjs",
      clean: true,
    },
    // The real __dirname (dist/cli), from which src/cli/io.ts finds the bundled dataset in seeds/.
    node: { __dirname: false, __filename: false },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "esnext", moduleResolution: "bundler" },
            },
          },
        },
      ],
    },
    cache: {
      type: "filesystem",
      name: `${production ? "production" : "development"}-cli`,
      buildDependencies: { config: [__filename] },
    },
    performance: { hints: false },
    optimization: { minimize: false },
  };
}

const paneConfig = module.exports;
/** `webpack` builds the pane and the CLI; `--env cli` only the CLI; the e2e, watch and dev-server builds only the pane. */
module.exports = (env = {}, argv = {}) => {
  if (env.cli) return cliConfig(argv);
  const pane = paneConfig(env, argv);
  const paneOnly = env.e2eFakeHost || env.e2ePane || env.WEBPACK_SERVE || env.WEBPACK_WATCH;
  return paneOnly ? pane : [pane, cliConfig(argv)];
};
