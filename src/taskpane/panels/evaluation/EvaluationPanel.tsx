import { Body1, Button, Caption1, Field, Input, Subtitle2 } from "@fluentui/react-components";
import { formatDateTime, yearLabel } from "../../../i18n/dates";
import { useI18n } from "../../../i18n/I18nContext";
import { IndicatorCard } from "../../components/indicator-card/IndicatorCard";
import { Outcome } from "../../components/outcome/Outcome";
import { ClosedEntry } from "./ClosedEntry";
import { CloseYear } from "./CloseYear";
import { EntryForm } from "./EntryForm";
import type { EvaluationPanelProps } from "./EvaluationPanel.types";
import { useEvaluationPanelStyles } from "./EvaluationPanel.styles";
import { evaluationLoadOutcome, evaluationNoticeOutcome, evaluationWarningsOutcome } from "./evaluation-outcome";
import { EvaluationFilesSection } from "./EvaluationFiles";
import { HistoryList } from "./HistoryList";
import { ReviseForm } from "./ReviseForm";
import { SummaryOpinions } from "./SummaryOpinions";
import { defaultNow, useEvaluationPanel } from "./useEvaluationPanel";
import { loadBundledDataset } from "../../bundled-dataset";

/**
 * The 「評価」 panel (issue #12): the selected indicator's 評価年度 entry (the department's analysis and the committee's
 * grade beside the formula's), its closed years, the year's 総括意見, closing the year and revising a target — each
 * through its use case. A workbook without the 効果検証 sheets is offered them first.
 */
export function EvaluationPanel(props: EvaluationPanelProps) {
  const styles = useEvaluationPanelStyles();
  const i18n = useI18n();
  const { t, lang } = i18n;
  const api = useEvaluationPanel(props);
  const reload = (
    <Button appearance="subtle" onClick={() => void api.reload()}>
      {t("evaluation.pane.reload")}
    </Button>
  );

  if (api.load.kind === "loading" || api.load.kind === "error" || api.load.kind === "noWorkbook") {
    return (
      <div className={styles.root}>
        <Outcome outcome={evaluationLoadOutcome(api.load, i18n)} />
        {api.load.kind !== "loading" && <div className={styles.row}>{reload}</div>}
      </div>
    );
  }
  if (api.load.kind === "missing") {
    return (
      <div className={styles.root}>
        <Body1 as="p" className={styles.p}>
          {t("evaluation.pane.missing")}
        </Body1>
        <div className={styles.row}>
          <Button appearance="primary" disabled={api.busy} onClick={() => void api.setUp()}>
            {t("evaluation.pane.setUp")}
          </Button>
          {reload}
        </div>
        <Outcome live outcome={evaluationNoticeOutcome(api.notice, "setUp", i18n)} />
      </div>
    );
  }

  const { book } = api.load;
  const ind = api.indicator;
  const closedRecord = api.history?.records.find((r) => r.year === book.year && r.state === "確定");
  // A closed year shows the grade it was closed with; an open one the grade 「KPI一覧」 shows now.
  const formulaGrade = book.closed && closedRecord ? closedRecord.formulaGrade : (ind?.grade ?? "");

  return (
    <div className={styles.root}>
      <div className={styles.section}>
        <Body1 as="p" className={styles.p}>
          <strong>{t("evaluation.pane.year", { year: yearLabel(lang, book.year) })}</strong>{" "}
          {book.closed
            ? t("evaluation.pane.yearClosed", { closedAt: formatDateTime(lang, book.closedAt ?? "") })
            : t("evaluation.pane.yearOpen")}
        </Body1>
        <Field label={t("evaluation.pane.recorder")}>
          <Input value={api.recorder} onChange={(_, d) => api.setRecorder(d.value)} />
        </Field>
        <Outcome live outcome={evaluationNoticeOutcome(api.notice, "setUp", i18n)} />
      </div>

      <IndicatorCard indicator={ind} empty={<Caption1>{t("evaluation.pane.noSelection")}</Caption1>} />

      {ind && (
        <section className={styles.section} aria-labelledby="evaluation-entry-title">
          <Subtitle2 as="h3" id="evaluation-entry-title" className={styles.p}>
            {t("evaluation.pane.entry.title", { year: yearLabel(lang, book.year) })}
          </Subtitle2>
          {book.closed ? (
            <>
              <Body1 as="p" className={styles.p}>
                {t("evaluation.pane.entry.closed", { year: yearLabel(lang, book.year) })}
              </Body1>
              <ClosedEntry entry={api.entry} formulaGrade={formulaGrade} />
            </>
          ) : (
            <EntryForm
              // A new form when another indicator is selected or the workbook's row changed (after a save);
              // a refusal changes neither, so what was typed stays.
              key={`${ind.id}|${api.entry?.updatedAt ?? ""}`}
              entry={api.entry}
              formulaGrade={formulaGrade}
              busy={api.busy}
              onSave={api.saveEntry}
            />
          )}
          <Outcome live outcome={evaluationNoticeOutcome(api.notice, "entry", i18n)} />
        </section>
      )}

      {ind && (
        <section className={styles.section} aria-labelledby="evaluation-history-title">
          <Subtitle2 as="h3" id="evaluation-history-title" className={styles.p}>
            {t("evaluation.pane.history.title")}
          </Subtitle2>
          {api.history && <HistoryList id={ind.id} records={api.history.records} />}
          {api.history?.failure && (
            <Outcome
              outcome={evaluationNoticeOutcome(
                { kind: "failure", area: "entry", failure: api.history.failure },
                "entry",
                i18n,
              )}
            />
          )}
        </section>
      )}

      <section className={styles.section} aria-labelledby="evaluation-summary-title">
        <Subtitle2 as="h3" id="evaluation-summary-title" className={styles.p}>
          {t("evaluation.pane.summary.title", { year: yearLabel(lang, book.year) })}
        </Subtitle2>
        <SummaryOpinions
          key={book.year}
          targets={book.summaryTargets}
          opinions={book.opinions}
          closed={book.closed}
          busy={api.busy}
          onSave={api.saveOpinion}
        />
        <Outcome live outcome={evaluationNoticeOutcome(api.notice, "summary", i18n)} />
      </section>

      <section className={styles.section} aria-labelledby="evaluation-close-title">
        <Subtitle2 as="h3" id="evaluation-close-title" className={styles.p}>
          {t("evaluation.pane.close.title")}
        </Subtitle2>
        <Body1 as="p" className={styles.p}>
          {t("evaluation.pane.close.intro")}
        </Body1>
        <CloseYear
          year={book.year}
          closed={book.closed}
          closedAt={book.closedAt}
          busy={api.busy}
          onClose={api.closeYear}
        />
        <Outcome live outcome={evaluationNoticeOutcome(api.notice, "close", i18n)} />
      </section>

      {ind && (
        <section className={styles.section} aria-labelledby="evaluation-revise-title">
          <Subtitle2 as="h3" id="evaluation-revise-title" className={styles.p}>
            {t("evaluation.pane.revise.title")}
          </Subtitle2>
          <Caption1 className={styles.meta}>{t("evaluation.pane.revise.intro")}</Caption1>
          <ReviseForm
            // Closing the year moves the first year a revision may apply from: the form starts again with it.
            key={`${ind.id}|${book.closed}`}
            fromYear={book.closed ? book.year + 1 : book.year}
            busy={api.busy}
            onRevise={api.revise}
          />
          <Outcome live outcome={evaluationNoticeOutcome(api.notice, "revise", i18n)} />
        </section>
      )}

      <EvaluationFilesSection
        year={book.year}
        departments={book.departments}
        loadDataset={props.loadDataset ?? loadBundledDataset}
        {...(props.download ? { download: props.download } : {})}
        stamp={api.stamp}
        now={props.now ?? defaultNow}
        written={api.reread}
      />

      <Outcome outcome={evaluationWarningsOutcome(book, i18n)} />
      <div className={styles.row}>{reload}</div>
    </div>
  );
}
