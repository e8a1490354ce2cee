import { useEffect, useState } from "react";
import { readKpiRowAt, type KpiRowView } from "../../adapters/office/kpi-row";
import { readSelection, watchSelection, type SelectionWatch } from "../../adapters/office/selection";
import { KPI_SHEET } from "../../workbook/names";
import type { ExcelHost } from "./excel-host";

/**
 * The 「KPI一覧」 row the selection is on, followed as it moves (the comments and 評価 panels both show it); registered again
 * when `generation` changes (a workbook built or set up meanwhile may have brought the sheet).
 */
export function useSelectedIndicator(host: ExcelHost, generation: string): KpiRowView | null {
  const [indicator, setIndicator] = useState<KpiRowView | null>(null);
  useEffect(() => {
    let cancelled = false;
    let watch: SelectionWatch | null = null;
    const show = async (rowIndex: number): Promise<void> => {
      const view = await host.run((ctx) => readKpiRowAt(ctx, rowIndex));
      if (!cancelled) setIndicator(view);
    };
    void (async () => {
      try {
        const selection = await host.run((ctx) => readSelection(ctx));
        if (selection.sheet === KPI_SHEET) await show(selection.rowIndex);
        watch = await host.run((ctx) =>
          watchSelection(ctx, KPI_SHEET, (row) => void show(row).catch(() => undefined), host.runIn?.bind(host)),
        );
        if (cancelled) await watch.remove();
      } catch {
        // No 「KPI一覧」 in this workbook: nothing to follow.
      }
    })();
    return () => {
      cancelled = true;
      void watch?.remove().catch(() => undefined);
    };
  }, [host, generation]);
  return indicator;
}
