/**
 * The pane's first chunk(s): every script dist/taskpane.html loads at start except office.js (Microsoft's, from the
 * CDN or self-hosted), gzipped as a web server would send them. The lazy chunks (panels, the dataset, zod, docx) are
 * fetched later by webpack's runtime and are not counted.
 *
 *   npx tsx test/bench/pane-chunks.ts [distDir]   prints the files and the total (after `npm run build`)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface FirstChunk {
  /** The scripts' paths as taskpane.html names them, in page order. */
  readonly files: readonly string[];
  /** Sum of their gzip sizes (zlib's default level), bytes. */
  readonly bytes: number;
}

/** `src` of each <script> in the page; minified HTML may leave the attribute unquoted. */
export function scriptSources(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag[0]);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (value !== undefined) out.push(value);
  }
  return out;
}

const isOfficeJs = (src: string) => /(^|\/)office\.js$/i.test(src.split(/[?#]/)[0] ?? src);

export function firstChunkGzip(distDir: string): FirstChunk {
  const html = readFileSync(path.join(distDir, "taskpane.html"), "utf8");
  const files = scriptSources(html).filter((src) => !isOfficeJs(src));
  const remote = files.find((src) => /^[a-z]+:\/\//i.test(src) || src.startsWith("//"));
  if (remote)
    throw new Error(`${path.join(distDir, "taskpane.html")}: a script other than office.js is remote: ${remote}`);
  const bytes = files.reduce((sum, src) => sum + gzipSync(readFileSync(path.join(distDir, src))).length, 0);
  return { files, bytes };
}

if (require.main === module) {
  const dist = path.resolve(process.argv[2] ?? "dist");
  const { files, bytes } = firstChunkGzip(dist);
  process.stdout.write(`${files.join(", ")}: ${(bytes / 1024).toFixed(1)} KiB gzip\n`);
}
