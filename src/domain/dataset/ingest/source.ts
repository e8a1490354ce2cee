/**
 * Where a refresh takes its dataset from: the bundled one, or a file someone chose (JSON in the dataset's shape, or
 * CSV in the layout of csv-dataset.ts). Bytes in, a validated dataset or every problem out; pure, so the pane and
 * the CLI share it. The format is told by the file name, else by the first character ({ is JSON).
 */
import { MAX_DATASET_BYTES, parseDatasetText } from "../parse";
import type { Problem } from "../problems";
import type { Dataset } from "../schema";
import { datasetFromCsv } from "./csv-dataset";
import { decodeBytes, type DetectedEncoding } from "./decode";

export type RefreshSource =
  { readonly kind: "bundled" } | { readonly kind: "file"; readonly name: string; readonly bytes: Uint8Array };

export type SourceFormat = "bundled" | "json" | "csv";

export type SourceResult =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      readonly format: SourceFormat;
      /** What the 更新履歴 records: 「同梱データ」 or the file name. */
      readonly label: string;
      readonly encoding: DetectedEncoding | null;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

function formatOf(name: string, text: string): "json" | "csv" {
  const lower = name.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv")) return "csv";
  return text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .startsWith("{")
    ? "json"
    : "csv";
}

export const BUNDLED_LABEL = "同梱データ";

export function loadSource(source: RefreshSource, bundled: Dataset): SourceResult {
  if (source.kind === "bundled") {
    return { ok: true, dataset: bundled, format: "bundled", label: BUNDLED_LABEL, encoding: null };
  }
  const { name, bytes } = source;
  if (bytes.length > MAX_DATASET_BYTES) {
    return {
      ok: false,
      problems: [
        { path: name, message: `the file is ${bytes.length} bytes, over the limit of ${MAX_DATASET_BYTES} bytes` },
      ],
    };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, problems: [{ path: name, message: decoded.message }] };
  const format = formatOf(name, decoded.text);
  if (format === "json") {
    const parsed = parseDatasetText(decoded.text, name);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    return { ok: true, dataset: parsed.dataset, format, label: name, encoding: decoded.encoding };
  }
  const parsed = datasetFromCsv(decoded.text, bundled, name);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return { ok: true, dataset: parsed.dataset, format, label: name, encoding: decoded.encoding };
}
