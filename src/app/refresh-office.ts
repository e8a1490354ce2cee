/** The refresh use case in one Office.js batch (`context` from Excel.run, or the recording fake), counted. */
import { officeRefreshPort, type RefreshOfficeOptions } from "../adapters/office/refresh-office";
import {
  applyRefresh,
  previewRefresh,
  type ApplyRefreshInput,
  type PreviewRefreshInput,
  type RefreshOutcome,
} from "./refresh";

export type RefreshOfficeResult = RefreshOutcome & {
  /** `context.sync` calls made (the comments reader's included). */
  readonly syncs: number;
  /** Estimated bytes of each write request (each under the request budget). */
  readonly requestBytes: readonly number[];
};

/** The refresh in one Office.js batch (`context` from Excel.run, or the recording fake). */
export async function refreshWorkbookOffice(
  context: Excel.RequestContext,
  input: ApplyRefreshInput,
  options: RefreshOfficeOptions = {},
): Promise<RefreshOfficeResult> {
  const port = officeRefreshPort(context, options);
  const result = await applyRefresh(port, input);
  return { ...result, syncs: port.syncs(), requestBytes: port.requestBytes };
}

/** The preview in one Office.js batch. */
export async function previewRefreshOffice(
  context: Excel.RequestContext,
  input: PreviewRefreshInput,
): Promise<RefreshOfficeResult> {
  const port = officeRefreshPort(context);
  const result = await previewRefresh(port, input);
  return { ...result, syncs: port.syncs(), requestBytes: port.requestBytes };
}
