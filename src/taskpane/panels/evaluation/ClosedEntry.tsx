import { evaluationFieldLabel } from "../../../domain/evaluation/problems";
import type { EvaluationEntry } from "../../../domain/evaluation/types";
import { useI18n } from "../../../i18n/I18nContext";
import { useEvaluationPanelStyles } from "./EvaluationPanel.styles";
import { GradeComparisonText } from "./GradeComparisonText";

const FIELDS = ["analysis", "issues", "direction", "externalFactor", "committeeGrade", "committeeReason"] as const;

/** A closed year's entry: its values as text (nothing to edit), the formula grade it was closed with beside it. */
export function ClosedEntry({
  entry,
  formulaGrade,
}: {
  readonly entry: EvaluationEntry | null;
  readonly formulaGrade: string;
}) {
  const styles = useEvaluationPanelStyles();
  const { t, lang } = useI18n();
  return (
    <dl className={styles.readOnly}>
      <div>
        <dt>{t("evaluation.pane.entry.formulaGrade")}</dt>
        <dd>{formulaGrade || "—"}</dd>
      </div>
      {FIELDS.map((field) => (
        <div key={field}>
          <dt>{evaluationFieldLabel(field, lang)}</dt>
          <dd>{entry?.[field] || t("evaluation.pane.entry.empty")}</dd>
        </div>
      ))}
      <div>
        <dd>
          <GradeComparisonText formula={formulaGrade} committee={entry?.committeeGrade ?? ""} />
        </dd>
      </div>
    </dl>
  );
}
