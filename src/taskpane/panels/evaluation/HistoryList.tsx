import { Caption1, mergeClasses } from "@fluentui/react-components";
import { CLOSED_STATES, type ClosedRecord } from "../../../domain/evaluation/types";
import { formatDateTime, yearLabel } from "../../../i18n/dates";
import { useI18n } from "../../../i18n/I18nContext";
import { useEvaluationPanelStyles } from "./EvaluationPanel.styles";

const percent = (x: number | null): string => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

/** An indicator's closed years, oldest first; a superseded record (旧記録) is marked and set apart. */
export function HistoryList({ id, records }: { readonly id: string; readonly records: readonly ClosedRecord[] }) {
  const styles = useEvaluationPanelStyles();
  const { t, lang } = useI18n();
  if (records.length === 0) return <Caption1>{t("evaluation.pane.history.none")}</Caption1>;
  return (
    <ul className={styles.list} aria-label={t("evaluation.pane.history.list", { id })}>
      {records.map((r) => {
        const superseded = r.state === CLOSED_STATES.superseded;
        const year = yearLabel(lang, r.year);
        const state = superseded
          ? t("evaluation.pane.history.superseded", { closedAt: formatDateTime(lang, r.closedAt) })
          : t("evaluation.pane.history.current", { closedAt: formatDateTime(lang, r.closedAt) });
        return (
          <li
            key={`${r.year}|${r.state}|${r.closedAt}`}
            className={mergeClasses(styles.card, superseded && styles.superseded)}
            aria-label={`${year} ${state}`}
          >
            <Caption1 className={styles.meta}>
              <strong>{year}</strong> {state}
            </Caption1>
            <dl className={styles.facts}>
              <div>
                <dt>{t("evaluation.pane.history.formulaGrade")}</dt>
                <dd>{r.formulaGrade}</dd>
              </div>
              <div>
                <dt>{t("evaluation.pane.history.committeeGrade")}</dt>
                <dd>{r.committeeGrade || "—"}</dd>
              </div>
              <div>
                <dt>{t("evaluation.pane.history.progress")}</dt>
                <dd>{percent(r.progress)}</dd>
              </div>
              <div>
                <dt>{t("evaluation.pane.history.externalFactor")}</dt>
                <dd>{r.externalFactor || t("evaluation.pane.history.none.value")}</dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
