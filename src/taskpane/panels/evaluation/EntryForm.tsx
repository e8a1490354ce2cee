import { Button, Caption1, Field, Input, Select, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { evaluationFieldLabel } from "../../../domain/evaluation/problems";
import { COMMITTEE_GRADES, EVALUATION_DIRECTIONS, type EvaluationEntry } from "../../../domain/evaluation/types";
import { useI18n } from "../../../i18n/I18nContext";
import type { EntryDraft } from "./EvaluationPanel.types";
import { useEvaluationPanelStyles } from "./EvaluationPanel.styles";
import { GradeComparisonText } from "./GradeComparisonText";
import { WordOptions } from "../comments/Options";

export interface EntryFormProps {
  readonly entry: EvaluationEntry | null;
  /** 評価（算定） as 「KPI一覧」 shows it for the 評価年度. */
  readonly formulaGrade: string;
  readonly busy: boolean;
  readonly onSave: (draft: EntryDraft) => Promise<boolean>;
}

const draftOf = (entry: EvaluationEntry | null): EntryDraft => ({
  analysis: entry?.analysis ?? "",
  issues: entry?.issues ?? "",
  direction: entry?.direction ?? "",
  externalFactor: entry?.externalFactor ?? "",
  committeeGrade: entry?.committeeGrade ?? "",
  committeeReason: entry?.committeeReason ?? "",
});

/**
 * The selected indicator's 評価年度 entry: the department's 要因分析・課題・今後の方向性・外的要因 and the committee's
 * grade and reason, with the formula's grade beside the committee's. The draft is this form's own state: a refusal
 * leaves it as typed (the panel re-mounts the form only when the workbook's row changed).
 */
export function EntryForm({ entry, formulaGrade, busy, onSave }: EntryFormProps) {
  const styles = useEvaluationPanelStyles();
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<EntryDraft>(() => draftOf(entry));
  const label = (field: keyof EntryDraft) => evaluationFieldLabel(field, lang);
  const set = (field: keyof EntryDraft) => (_: unknown, d: { value: string }) =>
    setDraft((current) => ({ ...current, [field]: d.value }));

  return (
    <form
      noValidate
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(draft);
      }}
    >
      <Field label={label("analysis")}>
        <Textarea value={draft.analysis} resize="vertical" onChange={set("analysis")} />
      </Field>
      <Field label={label("issues")}>
        <Textarea value={draft.issues} resize="vertical" onChange={set("issues")} />
      </Field>
      <Field label={label("direction")}>
        <Select value={draft.direction} onChange={set("direction")}>
          <option value="">{t("evaluation.pane.entry.choose")}</option>
          <WordOptions words={EVALUATION_DIRECTIONS} />
        </Select>
      </Field>
      <Field label={label("externalFactor")} hint={t("evaluation.pane.entry.externalHint")}>
        <Input value={draft.externalFactor} onChange={set("externalFactor")} />
      </Field>
      <dl className={styles.facts}>
        <div>
          <dt>{t("evaluation.pane.entry.formulaGrade")}</dt>
          <dd>{formulaGrade || "—"}</dd>
        </div>
      </dl>
      <Field label={label("committeeGrade")}>
        <Select value={draft.committeeGrade} onChange={set("committeeGrade")}>
          <option value="">{t("evaluation.pane.entry.choose")}</option>
          <WordOptions words={COMMITTEE_GRADES} />
        </Select>
      </Field>
      <Caption1 aria-live="polite">
        <GradeComparisonText formula={formulaGrade} committee={draft.committeeGrade} />
      </Caption1>
      <Field label={label("committeeReason")}>
        <Textarea value={draft.committeeReason} resize="vertical" onChange={set("committeeReason")} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t("evaluation.pane.entry.save")}
        </Button>
      </div>
    </form>
  );
}
