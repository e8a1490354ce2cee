/**
 * What panels may ask of Excel. The real implementation (index.tsx) wraps Excel.run; tests and the e2e fake inject
 * their own. Panels receive it through HostContext and never touch the Excel/Office globals, so every panel can be
 * rendered and exercised outside Excel.
 */

/** Where the pane is running, from Office.onReady. */
export type HostKind = "excel" | "outside" | "fake";

export interface ExcelHost {
  readonly kind: HostKind;
  /** Runs a batch against the workbook (Excel.run in Excel). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /**
   * Runs a batch on an existing request context (Excel.run(context, batch)): how an event handler is removed, on the
   * context it was added in. Hosts without it (the fake) use the context directly.
   */
  runIn?<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported; false outside Excel. */
  isSetSupported(name: string, minVersion: string): boolean;
}

/** The host when the page is opened outside Excel: nothing can run. */
export const outsideExcelHost: ExcelHost = {
  kind: "outside",
  run() {
    return Promise.reject(new Error("Excel is not available: the page is not running inside Excel."));
  },
  isSetSupported() {
    return false;
  },
};
