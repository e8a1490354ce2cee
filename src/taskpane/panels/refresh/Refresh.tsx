import { Body1, Button, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/I18nContext";
import { FilePicker } from "../../components/file-picker/FilePicker";
import { Outcome } from "../../components/outcome/Outcome";
import { usePanelStyles } from "../panel.styles";
import type { RefreshProps, SourceChoice } from "./Refresh.types";
import { refreshOutcome } from "./refresh-outcome";
import { useRefresh } from "./useRefresh";

/** 「データを更新」: choose the source, see what will change, choose per conflict, apply, see the result. */
export function Refresh(props: RefreshProps) {
  const styles = usePanelStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const r = useRefresh(props);
  const busy = r.state.kind === "reading" || r.state.kind === "running";
  const answers = { apply: () => void r.apply(), cancel: r.cancel, toggleConflict: r.toggleConflict };

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.text}>
        {t("refresh.intro")}
      </Body1>
      <Field label={t("refresh.source.label")}>
        <RadioGroup value={r.source} onChange={(_, d) => r.setSource(d.value as SourceChoice)} disabled={busy}>
          <Radio value="bundled" label={t("refresh.source.bundled", { version: r.bundledVersion })} />
          <Radio value="file" label={t("refresh.source.file")} />
        </RadioGroup>
      </Field>
      {r.source === "file" && (
        <FilePicker
          label={t("refresh.file.label")}
          hint={t("refresh.file.hint")}
          accept=".json,.csv,.txt,application/json,text/csv"
          disabled={busy}
          fileName={r.file?.name ?? null}
          onFile={(f) => void r.chooseFile(f)}
        />
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void r.preview()} disabled={busy}>
          {t("refresh.preview")}
        </Button>
      </div>
      <Outcome live outcome={refreshOutcome(r.state, i18n, answers)} />
    </div>
  );
}
