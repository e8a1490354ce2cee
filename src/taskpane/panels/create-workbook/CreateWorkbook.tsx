import { Body1, Button } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/I18nContext";
import { Outcome } from "../../components/outcome/Outcome";
import { usePanelStyles } from "../panel.styles";
import type { CreateWorkbookProps } from "./CreateWorkbook.types";
import { createWorkbookOutcome } from "./create-workbook-outcome";
import { SHEETS_MADE } from "./sheets-made";
import { useCreateWorkbook } from "./useCreateWorkbook";

/** The 「ワークブックを作成」 panel: one button, its progress, and a clear outcome. */
export function CreateWorkbook(props: CreateWorkbookProps) {
  const styles = usePanelStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const { state, indicatorCount, problemCount, create, replace, cancel } = useCreateWorkbook(props);
  const busy = state.kind === "running";

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.text}>
        {t("workbook.intro", { count: indicatorCount, sheets: SHEETS_MADE.map((s) => `「${s}」`).join("") })}
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={create} disabled={busy || state.kind === "confirmReplace"}>
          {t("workbook.create")}
        </Button>
      </div>
      <Outcome live outcome={createWorkbookOutcome(state, problemCount, i18n, { replace, cancel })} />
    </div>
  );
}
