/**
 * A KPI table read as 2-D arrays (what Office.js returns: values, formulas, number formats) → WorkbookState. Pure;
 * the Office.js reader fills GridInput in one batched read. Columns by header (headers.ts), rows by ID.
 */
import { KPI_COLUMNS, type KpiColumnKey } from "./kpi-columns";
import { columnLetter } from "../lib/a1";
import { matchHeader } from "./kpi-headers";
import type {
  CommentRef,
  FoundCell,
  FoundHeader,
  KpiRowState,
  RefreshNotice,
  Scalar,
  WorkbookState,
} from "./kpi-state";

export interface GridInput {
  readonly sheetName: string;
  /** 1-based sheet row and column of the table's top-left (header) cell. */
  readonly headerRow: number;
  readonly leftColumn: number;
  readonly headers: readonly Scalar[];
  readonly values: readonly (readonly Scalar[])[];
  /** Office.js `formulas`: the formula text for formula cells, else the value. */
  readonly formulas: readonly (readonly Scalar[])[];
  readonly numberFormats: readonly (readonly Scalar[])[];
  /** The row above the header (the western years), same columns. */
  readonly yearsRow: readonly Scalar[];
  readonly datasetVersion: string | null;
  readonly comments: readonly CommentRef[];
  readonly notices?: readonly RefreshNotice[];
}

const norm = (v: Scalar | undefined): Scalar => (v === undefined || v === "" ? null : v);

export function stateFromGrid(
  g: GridInput,
): { ok: true; state: WorkbookState } | { ok: false; problems: RefreshNotice[] } {
  const s = g.sheetName;
  const problems: RefreshNotice[] = [];
  const notices: RefreshNotice[] = [...(g.notices ?? [])];
  const columns: Partial<Record<KpiColumnKey, FoundHeader>> = {};
  const indexOf: Partial<Record<KpiColumnKey, number>> = {};
  const extraColumns: FoundHeader[] = [];
  const extraIndex: { key: string; index: number }[] = [];
  const used = new Set<string>();
  g.headers.forEach((h, i) => {
    const text = h === null ? "" : String(h);
    const column = g.leftColumn + i;
    const address = `${columnLetter(column)}${g.headerRow}`;
    const found: FoundHeader = { address, text, column };
    const m = matchHeader(text);
    if (m.kind === "plan") {
      const before = columns[m.key];
      if (before) {
        problems.push({
          code: "DuplicateHeader",
          sheet: s,
          cell: address,
          ja: `「${s}」の${before.address}と${address}が同じ見出し「${text}」です。どちらかの見出しを変えるか列を削除してください。`,
          en: `"${s}" has the header "${text}" twice, in ${before.address} and ${address}.`,
        });
        return;
      }
      columns[m.key] = found;
      indexOf[m.key] = i;
      if (!m.exact) {
        const planHeader = KPI_COLUMNS.find((k) => k.key === m.key)?.header ?? "";
        notices.push({
          code: "HeaderRecovered",
          sheet: s,
          cell: address,
          ja: `${address}の見出し「${text}」を「${planHeader}」として読み、元に戻します。`,
          en: `${address} "${text}" read as "${planHeader}" and restored.`,
        });
      }
      return;
    }
    let key = text.trim() === "" ? `（${address}）` : text;
    if (used.has(key)) key = `${text}（${address}）`;
    used.add(key);
    extraColumns.push(key === text ? found : { ...found, key });
    extraIndex.push({ key, index: i });
  });
  if (problems.length > 0) return { ok: false, problems };

  const cellAt = (r: number, i: number): FoundCell => {
    const f = g.formulas[r]?.[i];
    const nf = g.numberFormats[r]?.[i];
    const cell: { -readonly [K in keyof FoundCell]: FoundCell[K] } = {
      address: `${columnLetter(g.leftColumn + i)}${g.headerRow + 1 + r}`,
      value: norm(g.values[r]?.[i]),
    };
    if (typeof f === "string" && f.startsWith("=")) cell.formula = f;
    if (typeof nf === "string" && nf !== "General") cell.numberFormat = nf;
    return cell;
  };
  const rows: KpiRowState[] = [];
  const rowsWithoutId: { sheetRow: number; address: string }[] = [];
  g.values.forEach((_, r) => {
    const sheetRow = g.headerRow + 1 + r;
    const cells: Partial<Record<KpiColumnKey, FoundCell>> = {};
    let data = false;
    for (const c of KPI_COLUMNS) {
      const i = indexOf[c.key];
      if (i === undefined) continue;
      const cell = cellAt(r, i);
      cells[c.key] = cell;
      if (c.kind !== "formula" && cell.value !== null) data = true;
    }
    const extra: Record<string, FoundCell> = {};
    for (const { key, index } of extraIndex) {
      const cell = cellAt(r, index);
      if (cell.value !== null || cell.formula !== undefined) {
        extra[key] = cell;
        if (cell.formula === undefined) data = true;
      }
    }
    const idIndex = indexOf.id;
    const id = idIndex === undefined ? "" : String(norm(g.values[r]?.[idIndex]) ?? "").trim();
    if (id === "") {
      if (data) rowsWithoutId.push({ sheetRow, address: `${columnLetter(g.leftColumn + (idIndex ?? 0))}${sheetRow}` });
      return;
    }
    rows.push({ id, sheetRow, cells, extra });
  });
  const yearsRow: Record<number, Scalar> = {};
  for (const c of KPI_COLUMNS) {
    const i = indexOf[c.key];
    if (i === undefined || !c.key.startsWith("year:")) continue;
    yearsRow[Number(c.key.slice(5))] = norm(g.yearsRow[i]);
  }
  const order = KPI_COLUMNS.map((c) => indexOf[c.key]).filter((i): i is number => i !== undefined);
  if (order.some((c, i) => i > 0 && c < (order[i - 1] as number))) {
    notices.push({
      code: "ColumnsMoved",
      sheet: s,
      ja: `「${s}」の列の順序が変わっていたため、元の順序に戻します（追加された列は右端に移します）。`,
      en: `Columns of "${s}" were moved; the plan's order is restored (added columns go to the right).`,
    });
  }
  return {
    ok: true,
    state: {
      sheetName: s,
      headerRow: g.headerRow,
      columns,
      extraColumns,
      rows,
      rowsWithoutId,
      yearsRow,
      datasetVersion: g.datasetVersion,
      comments: g.comments,
      notices,
    },
  };
}
