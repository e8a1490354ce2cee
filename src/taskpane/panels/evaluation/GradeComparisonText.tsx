import { useI18n } from "../../../i18n/I18nContext";
import { useEvaluationPanelStyles } from "./EvaluationPanel.styles";
import { compareGrades } from "./grade-view";

/** 「算定との差異: 算定 C／委員会 B」 (marked), 「算定と同じ評価です。」 or 「委員会評価は未入力です。」. */
export function GradeComparisonText({ formula, committee }: { readonly formula: string; readonly committee: string }) {
  const styles = useEvaluationPanelStyles();
  const { t } = useI18n();
  const c = compareGrades(formula, committee);
  switch (c.kind) {
    case "notJudged":
      return <span>{t("evaluation.pane.entry.notJudged")}</span>;
    case "same":
      return <span>{t("evaluation.pane.entry.same")}</span>;
    case "differs":
      return (
        <span className={styles.differs}>
          {t("evaluation.pane.entry.differs", { formula: c.formula, committee: c.committee })}
        </span>
      );
  }
}
