import { Button, Caption1, Field } from "@fluentui/react-components";
import { useId, useRef } from "react";
import { useI18n } from "../../../i18n/I18nContext";
import { useFilePickerStyles } from "./FilePicker.styles";
import type { FilePickerProps } from "./FilePicker.types";

/**
 * A file field in the pane's own look: a Fluent button opens the browser's chooser, the chosen file's name beside it.
 * The native input is kept (visually hidden, out of the tab order) so the button is the one control to reach.
 */
export function FilePicker({ label, hint, accept, disabled = false, fileName, onFile }: FilePickerProps) {
  const styles = useFilePickerStyles();
  const { t } = useI18n();
  const inputId = useId();
  const nameId = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Field label={{ children: label, htmlFor: inputId }} hint={hint}>
      <div className={styles.row}>
        <Button disabled={disabled} aria-describedby={nameId} onClick={() => input.current?.click()}>
          {t("file.choose")}
        </Button>
        <Caption1 id={nameId} className={styles.name}>
          {fileName ?? t("file.none")}
        </Caption1>
        <input
          ref={input}
          id={inputId}
          className={styles.hidden}
          type="file"
          tabIndex={-1}
          accept={accept}
          disabled={disabled}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0] ?? null;
            // Cleared, so choosing the same file again reads it again.
            e.currentTarget.value = "";
            onFile(file);
          }}
        />
      </div>
    </Field>
  );
}
