import { Body1, Subtitle2, Title3 } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/I18nContext";
import { useOutsideExcelStyles } from "./OutsideExcel.styles";

/** Shown when the page is opened outside Excel (Office.onReady gave no host): what to do instead of a blank pane. */
export function OutsideExcel() {
  const styles = useOutsideExcelStyles();
  const { t } = useI18n();
  return (
    <main className={styles.root}>
      <Title3 as="h1" className={styles.heading}>
        {t("outside.title")}
      </Title3>
      <Body1 as="p" className={styles.step}>
        {t("outside.body")}
      </Body1>
      <Steps id="outside-web" title={t("outside.webTitle")} steps={t("outside.webSteps")} />
      <Steps id="outside-desktop" title={t("outside.desktopTitle")} steps={t("outside.desktopSteps")} />
      <Body1 as="p" className={styles.step}>
        {t("outside.after")}
      </Body1>
    </main>
  );
}

/** One way to open the add-in (Excel on the web, or the desktop app): a heading and its steps. */
function Steps({ id, title, steps }: { readonly id: string; readonly title: string; readonly steps: string }) {
  const styles = useOutsideExcelStyles();
  return (
    <section className={styles.steps} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      <Body1 as="p" className={styles.step}>
        {steps}
      </Body1>
    </section>
  );
}
