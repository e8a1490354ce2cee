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
      <section className={styles.steps} aria-labelledby="outside-web">
        <Subtitle2 as="h2" id="outside-web" className={styles.heading}>
          {t("outside.webTitle")}
        </Subtitle2>
        <Body1 as="p" className={styles.step}>
          {t("outside.webSteps")}
        </Body1>
      </section>
      <section className={styles.steps} aria-labelledby="outside-desktop">
        <Subtitle2 as="h2" id="outside-desktop" className={styles.heading}>
          {t("outside.desktopTitle")}
        </Subtitle2>
        <Body1 as="p" className={styles.step}>
          {t("outside.desktopSteps")}
        </Body1>
      </section>
      <Body1 as="p" className={styles.step}>
        {t("outside.after")}
      </Body1>
    </main>
  );
}
