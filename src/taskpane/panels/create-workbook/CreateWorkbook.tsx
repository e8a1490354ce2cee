import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import { useI18n } from "../../../i18n/I18nContext";
import type { FeatureRequirement } from "../../../adapters/office";
import type { CreateWorkbookProps, CreateWorkbookState, Message } from "./CreateWorkbook.types";
import { useCreateWorkbookStyles } from "./CreateWorkbook.styles";
import { FEATURE_KEYS } from "./create-workbook-state";
import { useCreateWorkbook } from "./useCreateWorkbook";

/** The 「ワークブックを作成」 panel: one button, its progress, and a clear outcome. */
export function CreateWorkbook(props: CreateWorkbookProps) {
  const styles = useCreateWorkbookStyles();
  const { t } = useI18n();
  const { state, indicatorCount, problemCount, create, replace, cancel } = useCreateWorkbook(props);
  const busy = state.kind === "running";
  const tm = (m: Message) => t(m.key, m.params);
  const sep = t("workbook.list.separator");
  const feature = (f: FeatureRequirement) =>
    t("feature.withSet", { feature: t(FEATURE_KEYS[f.feature]), set: f.set, version: f.version });

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.intro}>
        {t("workbook.intro", { count: indicatorCount })}
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={create} disabled={busy || state.kind === "confirmReplace"}>
          {t("workbook.create")}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        <Outcome state={state} />
      </div>
    </div>
  );

  function Outcome({ state }: { readonly state: CreateWorkbookState }) {
    switch (state.kind) {
      case "idle":
        return null;
      case "running":
        return (
          <Field label={t("workbook.progressLabel")} validationMessage={tm(state.step)} validationState="none">
            <ProgressBar value={state.fraction} max={1} thickness="large" />
          </Field>
        );
      case "done":
        return (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("workbook.done.title")}</MessageBarTitle>
              {t("workbook.done.body", { sheets: state.sheets.join(sep) })}
              {state.skipped.length > 0 && (
                <p className={styles.intro}>
                  {t("workbook.done.skipped", { features: state.skipped.map((f) => t(FEATURE_KEYS[f])).join(sep) })}
                </p>
              )}
            </MessageBarBody>
          </MessageBar>
        );
      case "confirmReplace":
        return (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("workbook.confirm.title")}</MessageBarTitle>
              {t("office.result.sheetsExist", { sheets: state.conflicts.join(sep) })}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" onClick={replace}>
                {t("workbook.confirm.replace")}
              </Button>
              <Button onClick={cancel}>{t("workbook.confirm.cancel")}</Button>
            </MessageBarActions>
          </MessageBar>
        );
      case "cancelled":
        return (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("workbook.cancelled")}</MessageBarBody>
          </MessageBar>
        );
      case "unsupported":
        return (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("workbook.unsupported.title")}</MessageBarTitle>
              {t("office.result.unsupported", {
                features: state.missing
                  .filter((m) => m.required)
                  .map(feature)
                  .join(sep),
              })}
              {state.missing.some((m) => !m.required) && (
                <p className={styles.intro}>
                  {t("workbook.unsupported.optional", {
                    features: state.missing
                      .filter((m) => !m.required)
                      .map(feature)
                      .join(sep),
                  })}
                </p>
              )}
              <p className={styles.intro}>{t("workbook.unsupported.hint")}</p>
            </MessageBarBody>
          </MessageBar>
        );
      case "datasetInvalid":
        return (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("workbook.error.title")}</MessageBarTitle>
              {t("workbook.dataset.invalid", { count: problemCount })}
              <ul className={styles.list}>
                {state.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        );
      case "error":
        return (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("workbook.error.title")}</MessageBarTitle>
              {tm(state.message)}
              <details>
                <summary>{t("workbook.error.details", { code: state.code })}</summary>
                <pre className={styles.details}>{state.details}</pre>
              </details>
            </MessageBarBody>
          </MessageBar>
        );
    }
  }
}
