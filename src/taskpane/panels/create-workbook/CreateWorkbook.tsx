import { Body1, Button } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/I18nContext";
import { COMMENT_SHEET_NAMES } from "../../../workbook/comment-columns";
import {
  CLOSED_HISTORY_SHEET,
  EVALUATION_SHEET,
  REVISIONS_SHEET,
  SUMMARY_OPINIONS_SHEET,
} from "../../../workbook/evaluation-columns";
import { KPI_SHEET, SETTINGS_SHEET, SUMMARY_SHEET } from "../../../workbook/names";
import { Outcome } from "../../components/outcome/Outcome";
import { usePanelStyles } from "../panel.styles";
import type { CreateWorkbookProps } from "./CreateWorkbook.types";
import { createWorkbookOutcome } from "./create-workbook-outcome";
import { useCreateWorkbook } from "./useCreateWorkbook";

/** Every sheet a build makes, in the workbook's order (src/plan/workbook.ts), as the intro names them. */
const SHEETS_MADE = [
  KPI_SHEET,
  SETTINGS_SHEET,
  SUMMARY_SHEET,
  ...COMMENT_SHEET_NAMES,
  EVALUATION_SHEET,
  SUMMARY_OPINIONS_SHEET,
  CLOSED_HISTORY_SHEET,
  REVISIONS_SHEET,
];

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
