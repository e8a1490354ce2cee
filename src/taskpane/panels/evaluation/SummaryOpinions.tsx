import { Button, Field, Select, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { SummaryOpinion } from "../../../domain/evaluation/types";
import { useI18n } from "../../../i18n/I18nContext";
import { useEvaluationPanelStyles } from "./EvaluationPanel.styles";
import { WordOptions } from "../comments/Options";

export interface SummaryOpinionsProps {
  /** 「全体」, 「基本目標1」… */
  readonly targets: readonly string[];
  readonly opinions: readonly SummaryOpinion[];
  readonly closed: boolean;
  readonly busy: boolean;
  readonly onSave: (target: string, text: string) => Promise<boolean>;
}

/**
 * 総括意見 of the 評価年度 for 全体 and each 基本目標: one target at a time. What is typed is kept per target (switching
 * targets or a refusal loses nothing); a closed year shows the texts only.
 */
export function SummaryOpinions({ targets, opinions, closed, busy, onSave }: SummaryOpinionsProps) {
  const styles = useEvaluationPanelStyles();
  const { t } = useI18n();
  const [target, setTarget] = useState<string>(targets[0] ?? "");
  const [drafts, setDrafts] = useState<Readonly<Record<string, string>>>({});
  const saved = (tgt: string): string => opinions.find((o) => o.target === tgt)?.text ?? "";

  if (closed) {
    return (
      <dl className={styles.readOnly}>
        {targets.map((tgt) => (
          <div key={tgt}>
            <dt>{tgt}</dt>
            <dd>{saved(tgt) || t("evaluation.pane.entry.empty")}</dd>
          </div>
        ))}
      </dl>
    );
  }
  const text = drafts[target] ?? saved(target);
  return (
    <form
      noValidate
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(target, text).then((ok) => {
          // Saved: the workbook's text is shown from now on (the draft is dropped).
          if (ok) setDrafts(({ [target]: _, ...rest }) => rest);
        });
      }}
    >
      <Field label={t("evaluation.pane.summary.target")}>
        <Select value={target} onChange={(_, d) => setTarget(d.value)}>
          <WordOptions words={targets} />
        </Select>
      </Field>
      <Field label={t("evaluation.pane.summary.text")}>
        <Textarea
          value={text}
          resize="vertical"
          rows={4}
          onChange={(_, d) => setDrafts((current) => ({ ...current, [target]: d.value }))}
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={busy || target === ""}>
          {t("evaluation.pane.summary.save")}
        </Button>
      </div>
    </form>
  );
}
