import { useEffect, useState } from "react";
import { readMetadataOffice } from "../../../adapters/office/metadata-sheet";
import type { WorkbookMetadata } from "../../../workbook/metadata";
import { useExcelHost } from "../../host/HostContext";
import { useWorkbookState } from "../../host/WorkbookState";

/**
 * The dataset the open workbook was built or last refreshed from, as its metadata records it (src/workbook/metadata.ts:
 * the hidden sheet's copy, else the document's), read when the pane opens and again after each build or refresh
 * made from the pane. null while unread, outside Excel, for a workbook that records none, and when Excel refuses the
 * read (an old Excel without document properties): the header then names the bundled dataset instead.
 */
export function useWorkbookDataset(enabled: boolean): WorkbookMetadata | null {
  const host = useExcelHost();
  const { version } = useWorkbookState();
  const [metadata, setMetadata] = useState<WorkbookMetadata | null>(null);
  useEffect(() => {
    if (!enabled || host.kind === "outside") return;
    let live = true;
    host
      .run((context) => readMetadataOffice(context))
      .then(
        (result) => live && setMetadata(result.ok && result.metadata.datasetVersion !== "" ? result.metadata : null),
        () => live && setMetadata(null),
      );
    return () => {
      live = false;
    };
  }, [enabled, host, version]);
  return metadata;
}
