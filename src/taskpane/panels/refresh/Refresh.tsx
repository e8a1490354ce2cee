import {
  Body1,
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import { showScalar, type RefreshPreview } from "../../../refresh/preview";
import { useI18n } from "../../../i18n/I18nContext";
import type { RefreshProps, RefreshState, SourceChoice } from "./Refresh.types";
import { useRefreshStyles } from "./Refresh.styles";
import { useRefresh } from "./useRefresh";

/** Lines shown per section of the preview before 「ほか N 件」. */
const SHOWN = 30;

/** 「データを更新」: choose the source, see what will change, choose per conflict, apply, see the result. */
export function Refresh(props: RefreshProps) {
  const styles = useRefreshStyles();
  const { t, lang } = useI18n();
  const r = useRefresh(props);
  const busy = r.state.kind === "reading" || r.state.kind === "running";

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.intro}>
        {t("refresh.intro")}
      </Body1>
      <Field label={t("refresh.source.label")}>
        <RadioGroup value={r.source} onChange={(_, d) => r.setSource(d.value as SourceChoice)} disabled={busy}>
          <Radio value="bundled" label={t("refresh.source.bundled", { version: r.bundledVersion })} />
          <Radio value="file" label={t("refresh.source.file")} />
        </RadioGroup>
      </Field>
      {r.source === "file" && (
        <Field label={t("refresh.file.label")} hint={t("refresh.file.hint")}>
          {(fieldProps) => (
            <input
              {...fieldProps}
              type="file"
              accept=".json,.csv,.txt,application/json,text/csv"
              disabled={busy}
              onChange={(e) => void r.chooseFile(e.currentTarget.files?.[0] ?? null)}
            />
          )}
        </Field>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void r.preview()} disabled={busy}>
          {t("refresh.preview")}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        <Outcome state={r.state} />
      </div>
    </div>
  );

  function Lines({ items }: { readonly items: readonly string[] }) {
    return (
      <ul className={styles.list}>
        {items.slice(0, SHOWN).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
        {items.length > SHOWN && <li>{t("refresh.more", { count: items.length - SHOWN })}</li>}
      </ul>
    );
  }

  function Summary({ preview }: { readonly preview: RefreshPreview }) {
    const c = preview.counts;
    return (
      <p className={styles.intro}>
        {t("refresh.summary", {
          from: preview.previousDatasetVersion ?? "?",
          to: preview.datasetVersion,
          added: c.added,
          changed: c.changedRows,
          retired: c.retired,
          filled: c.filled,
          conflicts: c.conflicts,
          restored: c.restored,
        })}
      </p>
    );
  }

  function PreviewView({ state }: { readonly state: Extract<RefreshState, { kind: "preview" }> }) {
    const p = state.preview;
    const changed = p.changed.flatMap((ch) =>
      ch.fields.map((f) => `${ch.id} ${f.header}: ${showScalar(f.before, lang)} → ${showScalar(f.after, lang)}`),
    );
    return (
      <MessageBar intent={p.conflicts.length > 0 ? "warning" : "info"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("refresh.preview.title")}</MessageBarTitle>
          <Summary preview={p} />
          {p.upToDate && <p className={styles.intro}>{t("refresh.upToDate")}</p>}
          {p.added.length > 0 && (
            <>
              <p className={styles.section}>{t("refresh.section.added")}</p>
              <Lines items={p.added.map((a) => `${a.id} ${a.name}`)} />
            </>
          )}
          {changed.length > 0 && (
            <>
              <p className={styles.section}>{t("refresh.section.changed")}</p>
              <Lines items={changed} />
            </>
          )}
          {p.retired.length > 0 && (
            <>
              <p className={styles.section}>{t("refresh.section.retired")}</p>
              <Lines items={[...p.retired]} />
            </>
          )}
          {p.conflicts.length > 0 && (
            <>
              <p className={styles.section}>{t("refresh.section.conflicts")}</p>
              <p className={styles.intro}>{t("refresh.conflict.hint")}</p>
              <ul className={styles.list}>
                {p.conflicts.map((k) => (
                  <li key={k.key}>
                    {t("refresh.conflict.line", {
                      id: k.id,
                      year: k.year,
                      cell: k.address,
                      workbook: k.workbook,
                      dataset: k.dataset,
                    })}
                    <Checkbox
                      label={t("refresh.conflict.useDataset")}
                      // One checkbox per conflict: the accessible name says which.
                      aria-label={`${k.id} ${k.year}: ${t("refresh.conflict.useDataset")}`}
                      checked={state.useDataset.has(k.key)}
                      onChange={(_, d) => r.toggleConflict(k.key, d.checked === true)}
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
          {p.restored.length > 0 && (
            <>
              <p className={styles.section}>{t("refresh.section.restored")}</p>
              <Lines
                items={p.restored.map((x) =>
                  t("refresh.restored.line", {
                    cell: x.address,
                    id: x.id,
                    field: x.header,
                    found: showScalar(x.found, lang),
                  }),
                )}
              />
            </>
          )}
          {p.notices.length > 0 && (
            <>
              <p className={styles.section}>{t("refresh.section.notices")}</p>
              <Lines items={p.notices.map((n) => (lang === "ja" ? n.ja : n.en))} />
            </>
          )}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={() => void r.apply()}>
            {t("refresh.apply")}
          </Button>
          <Button onClick={r.cancel}>{t("refresh.cancel")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  function Outcome({ state }: { readonly state: RefreshState }) {
    switch (state.kind) {
      case "idle":
        return null;
      case "reading":
        return (
          <Field label={t("refresh.reading")}>
            <ProgressBar thickness="large" />
          </Field>
        );
      case "preview":
        return <PreviewView state={state} />;
      case "running":
        return (
          <Field label={t("refresh.progress")}>
            <ProgressBar value={state.fraction} max={1} thickness="large" />
          </Field>
        );
      case "done":
        return (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("refresh.done.title")}</MessageBarTitle>
              <Summary preview={state.preview} />
              {t("refresh.done.body", { version: state.version })}
            </MessageBarBody>
          </MessageBar>
        );
      case "sourceInvalid":
        return (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("refresh.error.title")}</MessageBarTitle>
              {state.count === 0 ? t("refresh.file.missing") : t("refresh.error.source", { count: state.count })}
              <Lines items={state.problems} />
            </MessageBarBody>
          </MessageBar>
        );
      case "workbookInvalid":
        return (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("refresh.error.title")}</MessageBarTitle>
              {t("refresh.error.workbook")}
              <Lines items={state.problems.map((p) => (lang === "ja" ? p.ja : p.en))} />
            </MessageBarBody>
          </MessageBar>
        );
      case "error":
        return (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("refresh.error.title")}</MessageBarTitle>
              {t(state.message.key, state.message.params)}
              <pre className={styles.details}>{state.details}</pre>
            </MessageBarBody>
          </MessageBar>
        );
    }
  }
}
