/**
 * What the document verbs (`minutes`, `report`) share: the output format from --format or --out's extension (a file
 * must not be named for another format than the bytes it holds), and the inputs they read before exporting — the
 * dataset and the workbook, with --out never one of them. One line per refusal, nothing written.
 */
import { extname } from "node:path";
import type ExcelJS from "exceljs";
import type { Dataset } from "../domain/dataset/schema";
import { loadXlsxFile, overwrittenInput, printDatasetProblems, printProblems, readDatasetFile, type Lines } from "./io";

/** The formats the document verbs write: an --out named for one of them must hold that one. */
const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set(["docx", "md", "csv"]);

/**
 * The format to write: --format when given, else --out's extension. Refused (a message for usageError) when it is not
 * one of `formats`, or when --out is named for another document format (docx bytes in x.md).
 */
export function documentFormat<F extends string>(
  formats: readonly F[],
  named: string | undefined,
  out: string,
): { readonly ok: true; readonly format: F } | { readonly ok: false; readonly message: string } {
  const ext = extname(out).slice(1).toLowerCase();
  const format = named ?? ext;
  if (!(formats as readonly string[]).includes(format)) {
    const names = formats.map((f) => `.${f}`).join("/");
    const tail = named ? `, got "${named}"` : ` (or give --out a ${names} name)`;
    return { ok: false, message: `--format must be one of ${formats.join(", ")}${tail}` };
  }
  if (DOCUMENT_EXTENSIONS.has(ext) && ext !== format) {
    const other = (formats as readonly string[]).includes(ext) ? `, or leave --format out to write .${ext}` : "";
    return {
      ok: false,
      message: `--format ${format} does not match --out ${out} (a .${ext} name): name the file .${format}${other}`,
    };
  }
  return { ok: true, format: format as F };
}

export interface DocumentInputs {
  readonly workbook: string;
  readonly dataset: string;
  readonly out: string;
}

/**
 * Reads a document verb's dataset and workbook, refusing an --out that is one of them. The exit code on refusal
 * (2: --out is an input, 1: an input is unreadable or invalid), with its line printed; `nothing` ends the line
 * (「; no report written」).
 */
export async function readDocumentInputs(
  io: Lines,
  verb: string,
  inputs: DocumentInputs,
  nothing: string,
): Promise<
  | { readonly ok: true; readonly dataset: Dataset; readonly workbook: ExcelJS.Workbook }
  | { readonly ok: false; readonly code: number }
> {
  if ((await overwrittenInput(inputs.out, [inputs.workbook, inputs.dataset])) !== null) {
    io.err(`kpi-review ${verb}: --out ${inputs.out} is an input; refusing to overwrite it`);
    return { ok: false, code: 2 };
  }
  const dataset = await readDatasetFile(inputs.dataset);
  if (!dataset.ok) {
    printDatasetProblems(io, inputs.dataset, dataset, nothing);
    return { ok: false, code: 1 };
  }
  const book = await loadXlsxFile(inputs.workbook);
  if (!book.ok) {
    printProblems(io.err, [book.problem]);
    return { ok: false, code: 1 };
  }
  return { ok: true, dataset: dataset.dataset, workbook: book.workbook };
}
