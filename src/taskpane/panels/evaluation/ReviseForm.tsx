import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../../../i18n/I18nContext";
import type { RevisionDraft } from "./EvaluationPanel.types";
import { useEvaluationPanelStyles } from "./EvaluationPanel.styles";

export interface ReviseFormProps {
  /** The 適用開始年度 offered first: the first year not closed. */
  readonly fromYear: number;
  readonly busy: boolean;
  readonly onRevise: (draft: RevisionDraft) => Promise<boolean>;
}

const EMPTY = { value: "", targetYear: "", reason: "", meeting: "" };

/** 目標の見直し of the selected indicator: new target, optional target year, from-year, reason and meeting. */
export function ReviseForm({ fromYear, busy, onRevise }: ReviseFormProps) {
  const styles = useEvaluationPanelStyles();
  const { t } = useI18n();
  const [draft, setDraft] = useState<RevisionDraft>({ ...EMPTY, fromYear: String(fromYear) });
  const set = (field: keyof RevisionDraft) => (_: unknown, d: { value: string }) =>
    setDraft((current) => ({ ...current, [field]: d.value }));

  return (
    <form
      noValidate
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void onRevise(draft).then((ok) => {
          if (ok) setDraft((current) => ({ ...current, ...EMPTY }));
        });
      }}
    >
      <div className={styles.row}>
        <Field label={t("evaluation.pane.revise.value")} className={styles.grow} required>
          <Input value={draft.value} inputMode="decimal" onChange={set("value")} />
        </Field>
        <Field label={t("evaluation.pane.revise.fromYear")} className={styles.grow} required>
          <Input value={draft.fromYear} inputMode="numeric" onChange={set("fromYear")} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t("evaluation.pane.revise.targetYear")} className={styles.grow}>
          <Input value={draft.targetYear} inputMode="numeric" onChange={set("targetYear")} />
        </Field>
        <Field label={t("evaluation.pane.revise.meeting")} className={styles.grow}>
          <Input value={draft.meeting} inputMode="numeric" onChange={set("meeting")} />
        </Field>
      </div>
      <Field label={t("evaluation.pane.revise.reason")} required>
        <Textarea value={draft.reason} resize="vertical" onChange={set("reason")} />
      </Field>
      <div className={styles.row}>
        <Button type="submit" disabled={busy}>
          {t("evaluation.pane.revise.submit")}
        </Button>
      </div>
    </form>
  );
}
