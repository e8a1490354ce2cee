/**
 * `npm run validate`: Microsoft's online manifest validation (office-addin-manifest validate) when its service can be
 * reached, and always the project's own offline checks (src/manifest/check-manifest.ts).
 * Usage: tsx src/cli/validate-manifest.ts [manifest.xml] [--offline]
 * Exit code: 1 when either check finds a problem; an unreachable service alone is reported, not counted as a pass.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest, formatProblems } from "../manifest/check-manifest";

type OnlineResult = "passed" | "failed" | "unreachable" | "skipped";

function runOnline(manifest: string): OnlineResult {
  // The package's cli.js is installed without the executable bit here, so run it through node.
  const cli = require.resolve("office-addin-manifest/cli.js");
  const result = spawnSync(process.execPath, [cli, "validate", manifest], { encoding: "utf8", timeout: 60_000 });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (/Unable to contact|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|getaddrinfo/i.test(output) || result.error) {
    process.stdout.write(
      "online validation: NOT RUN: the validation service (validationgateway.omex.office.net) could not be reached.\n" +
        "  Run `npm run validate` again with internet access before publishing.\n",
    );
    return "unreachable";
  }
  process.stdout.write(output.replace(/^/gm, "  "));
  return result.status === 0 ? "passed" : "failed";
}

function main(argv: readonly string[]): number {
  const offlineOnly = argv.includes("--offline");
  const manifest = path.resolve(argv.find((a) => !a.startsWith("--")) ?? "manifest.xml");
  const assetsDir = path.join(path.dirname(manifest), "assets");

  const online: OnlineResult = offlineOnly ? "skipped" : runOnline(manifest);
  if (online !== "skipped" && online !== "unreachable") process.stdout.write(`online validation: ${online}\n`);

  const problems = checkManifest(readFileSync(manifest, "utf8"), { assetsDir });
  if (problems.length === 0) {
    process.stdout.write(`offline checks: passed (${path.relative(process.cwd(), manifest)})\n`);
  } else {
    process.stdout.write(`offline checks: ${problems.length} problem(s)\n${formatProblems(problems)}\n`);
  }
  return problems.length > 0 || online === "failed" ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
