/**
 * Following the selection in the open workbook: where the active cell is, and each change of it on one sheet (the
 * comments panel shows the indicator of the selected 「KPI一覧」 row).
 */

/** The active cell's sheet and 0-based row (to show the indicator already selected when the pane opens). */
export async function readSelection(context: Excel.RequestContext): Promise<{ sheet: string; rowIndex: number }> {
  const range = context.workbook.getSelectedRange().load("rowIndex");
  const sheet = range.worksheet.load("name");
  await context.sync();
  return { sheet: sheet.name, rowIndex: range.rowIndex };
}

export interface SelectionWatch {
  /** Stops following the selection. */
  remove(): Promise<void>;
}

/** "'KPI一覧'!B7" or "B7:C9" → 6 (the first row, 0-based). */
export function rowIndexOfAddress(address: string): number {
  const m = /(\d+)(?::|$)/.exec(address.replace(/^.*!/, "").replace(/\$/g, ""));
  return m ? Number(m[1]) - 1 : -1;
}

/**
 * Runs a batch on a given request context: Excel.run(context, batch) in Excel. A handler must be removed on the
 * context it was added in ("The same RequestContext object that the handler was added in must be used when removing
 * the handler", OfficeExtension.EventHandlerResult, learn.microsoft.com; the docs' "Remove an event handler" does it
 * as `Excel.run(eventResult.context, async (context) => { eventResult.remove(); await context.sync(); })`).
 */
export type RunInContext = <T>(
  context: Excel.RequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** Outside Excel (the fake, tests): the context is simply used as it is. */
const runDirectly: RunInContext = (context, batch) => batch(context);

/**
 * Calls `onRow` with the 0-based row each time the selection on `sheet` changes (worksheet.onSelectionChanged,
 * ExcelApi 1.7: within the add-in's declared minimum, manifest.xml).
 */
export async function watchSelection(
  context: Excel.RequestContext,
  sheet: string,
  onRow: (rowIndex: number) => void,
  runIn: RunInContext = runDirectly,
): Promise<SelectionWatch> {
  const result = context.workbook.worksheets.getItem(sheet).onSelectionChanged.add(async (args) => {
    onRow(rowIndexOfAddress(args.address));
  });
  await context.sync();
  return {
    remove: () =>
      runIn(result.context as Excel.RequestContext, async (ctx) => {
        result.remove();
        await ctx.sync();
      }),
  };
}
