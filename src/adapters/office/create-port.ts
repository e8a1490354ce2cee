/**
 * The Office side of createWorkbook (src/app/create-workbook.ts): a plan applied through the host, tried again while
 * Excel is in cell-edit mode (nothing is written then, so a retry is safe). Errors come back as an OfficeError result,
 * never as a rejection.
 */
import type { WorkbookPlan } from "../../plan/types";
import { applyWorkbookPlan, type ApplyOptions, type ApplyResult } from "./apply-plan";
import { describeOfficeError, withCellEditRetry } from "./errors";
import type { OfficeHost } from "./host";

export interface OfficeCreatePortOptions {
  /** Pause between cell-edit-mode retries (tests pass 0); the retry's default otherwise. */
  readonly retryDelayMs?: number;
}

/** Excel was in cell-edit mode: nothing was written, so the whole build may simply be tried again. */
export function isCellEditResult(result: unknown): boolean {
  const r = result as Partial<Extract<ApplyResult, { code: "OfficeError" }>> | undefined;
  return r?.ok === false && r.code === "OfficeError" && r.error?.key === "office.error.cellEditMode";
}

export function officeCreatePort(host: OfficeHost, options: OfficeCreatePortOptions = {}) {
  return {
    async applyPlan(
      plan: WorkbookPlan,
      apply: Pick<ApplyOptions, "replace" | "writeMetadata" | "onProgress">,
    ): Promise<ApplyResult> {
      try {
        return await withCellEditRetry(
          () =>
            host.run((context) =>
              applyWorkbookPlan(context, plan, {
                ...apply,
                isSetSupported: (name, version) => host.isSetSupported(name, version),
              }),
            ),
          {
            shouldRetryResult: isCellEditResult,
            ...(options.retryDelayMs !== undefined ? { delayMs: options.retryDelayMs } : {}),
          },
        );
      } catch (error) {
        return { ok: false, code: "OfficeError", error: describeOfficeError(error), syncs: 0 };
      }
    },
  };
}
