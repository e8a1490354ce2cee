import { Body1, Button, Caption1, Field, Select, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { ReportFormat } from "../../../app/report";
import { yearLabel } from "../../../i18n/dates";
import { useI18n } from "../../../i18n/I18nContext";
import { FilePicker } from "../../components/file-picker/FilePicker";
import { Outcome } from "../../components/outcome/Outcome";
import { WordOptions } from "../comments/Options";
import { useEvaluationPanelStyles } from "./EvaluationPanel.styles";
import { filesOutcome } from "./files-outcome";
import { useEvaluationFiles, type FilesOptions } from "./useEvaluationFiles";

/** app/report.ts REPORT_FORMATS, spelled here so the panel does not load the report's module before a press. */
const FORMATS = ["docx", "csv"] as const satisfies readonly ReportFormat[];

export interface EvaluationFilesProps extends FilesOptions {
  /** 「KPI一覧」's departments (担当課). */
  readonly departments: readonly string[];
}

/** 照会と報告書: the year's 効果検証報告書, a department's 実績照会 file, and importing its answer. */
export function EvaluationFiles({ departments, ...options }: EvaluationFilesProps) {
  const styles = useEvaluationPanelStyles();
  const i18n = useI18n();
  const { t, lang } = i18n;
  const files = useEvaluationFiles(options);
  const [format, setFormat] = useState<ReportFormat>("docx");
  const [chosenDepartment, setDepartment] = useState<string>(departments[0] ?? "");
  // The list is 「KPI一覧」's as read last: 担当課 typed after the panel opened (then 再読み込み) offers its first one.
  const department = departments.includes(chosenDepartment) ? chosenDepartment : (departments[0] ?? "");
  const [chosen, setChosen] = useState<string | null>(null);
  const busy = files.state.kind === "working";

  return (
    <div className={styles.form}>
      <Body1 as="p" className={styles.p}>
        <strong>{t("evaluation.pane.files.report")}</strong>
      </Body1>
      <div className={styles.row}>
        <Field label={t("evaluation.pane.files.format")}>
          <Select value={format} onChange={(_, d) => setFormat(d.value as ReportFormat)}>
            <WordOptions words={FORMATS} />
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void files.makeReport(format)}>
          {t("evaluation.pane.files.reportButton", { year: yearLabel(lang, options.year) })}
        </Button>
      </div>

      <Body1 as="p" className={styles.p}>
        <strong>{t("evaluation.pane.files.datacall")}</strong>
      </Body1>
      {departments.length === 0 ? (
        <Caption1>{t("evaluation.pane.files.noDepartments")}</Caption1>
      ) : (
        <>
          <Field label={t("evaluation.pane.files.department")}>
            <Select value={department} onChange={(_, d) => setDepartment(d.value)}>
              <WordOptions words={departments} />
            </Select>
          </Field>
          <div className={styles.row}>
            <Button disabled={busy || department === ""} onClick={() => void files.exportFile(department)}>
              {t("evaluation.pane.files.export")}
            </Button>
          </div>
        </>
      )}
      <FilePicker
        label={t("evaluation.pane.files.import")}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        fileName={chosen}
        onFile={(file) => {
          setChosen(file?.name ?? null);
          if (file) void files.preview(file);
        }}
      />
      <Outcome
        live
        outcome={filesOutcome(files.state, i18n, {
          choose: files.choose,
          apply: () => void files.apply(),
          cancel: files.cancel,
        })}
      />
    </div>
  );
}

/** The section around it, titled. */
export function EvaluationFilesSection(props: EvaluationFilesProps) {
  const styles = useEvaluationPanelStyles();
  const { t } = useI18n();
  return (
    <section className={styles.section} aria-labelledby="evaluation-files-title">
      <Subtitle2 as="h3" id="evaluation-files-title" className={styles.p}>
        {t("evaluation.pane.files.title")}
      </Subtitle2>
      <EvaluationFiles {...props} />
    </section>
  );
}
