/**
 * What the Office adapter's ports need from the pane's host: a batch runner over a request context (Excel.run in
 * Excel, the recording fake in tests) and the requirement check. The pane's ExcelHost has this shape, so the adapter
 * never reaches for the Excel or Office globals itself.
 */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion: string): boolean;
}
