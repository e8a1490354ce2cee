import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import { formatDateTime, yearLabel } from "../../../i18n/dates";
import { useI18n } from "../../../i18n/I18nContext";
import { useEvaluationPanelStyles } from "./EvaluationPanel.styles";

export interface CloseYearProps {
  readonly year: number;
  readonly closed: boolean;
  /** 確定日時 of the record in force, when closed. */
  readonly closedAt: string | null;
  readonly busy: boolean;
  readonly onClose: (replace: boolean) => Promise<boolean>;
}

/**
 * 評価の確定: a button that asks first, in a dialog naming the year and what is frozen; a year already closed is
 * closed again only after a dialog saying the earlier record stays as 旧記録.
 */
export function CloseYear({ year, closed, closedAt, busy, onClose }: CloseYearProps) {
  const styles = useEvaluationPanelStyles();
  const { t, lang } = useI18n();
  // 「令和6年度(2024)」 / "2024": the year as the workbook names it.
  const label = yearLabel(lang, year);
  const [asking, setAsking] = useState(false);
  const title = closed
    ? t("evaluation.pane.close.confirmAgainTitle", { year: label })
    : t("evaluation.pane.close.confirmTitle", { year: label });

  return (
    <>
      <div className={styles.row}>
        <Button appearance={closed ? "secondary" : "primary"} disabled={busy} onClick={() => setAsking(true)}>
          {closed
            ? t("evaluation.pane.close.again", { year: label })
            : t("evaluation.pane.close.button", { year: label })}
        </Button>
      </div>
      <Dialog open={asking} modalType="alert" onOpenChange={(_, d) => setAsking(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.form}>
              {closed && (
                <Body1 as="p" className={styles.p}>
                  {t("evaluation.pane.close.again.body", {
                    year: label,
                    closedAt: formatDateTime(lang, closedAt ?? ""),
                  })}
                </Body1>
              )}
              <Body1 as="p" className={styles.p}>
                {t("evaluation.pane.close.frozen", { year: label })}
              </Body1>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() => {
                  setAsking(false);
                  void onClose(closed);
                }}
              >
                {closed ? t("evaluation.pane.close.confirmAgain") : t("evaluation.pane.close.confirm")}
              </Button>
              <Button onClick={() => setAsking(false)}>{t("evaluation.pane.close.cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
