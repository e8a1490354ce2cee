import { Caption1, Subtitle2 } from "@fluentui/react-components";
import type { IndicatorCardProps, IndicatorCardState } from "./IndicatorCard.types";
import { useIndicatorCardStyles } from "./IndicatorCard.styles";
import { PathChart } from "./PathChart";
import { useIndicatorCard } from "./useIndicatorCard";

type Styles = ReturnType<typeof useIndicatorCardStyles>;

/** The card as markup: the heading, 区分 and the staff badge, the facts, 評価 in the sheet's colours, the chart. */
export function renderIndicatorCard(state: IndicatorCardState, styles: Styles) {
  const { props } = state;
  const v = state.verification;
  return (
    <section className={styles.root} aria-label={state.label}>
      {props.indicator ? (
        <>
          <Subtitle2 as="h3" className={styles.p}>
            {state.heading}
          </Subtitle2>
          {(state.kind !== "" || v) && (
            <div className={styles.tags}>
              {state.kind !== "" && <Caption1 className={styles.meta}>{state.kind}</Caption1>}
              {v && (
                <Caption1
                  className={v.pending ? styles.staff : `${styles.staff} ${styles.staffDone}`}
                  title={v.reading}
                >
                  {v.text}
                </Caption1>
              )}
            </div>
          )}
          {v?.pending && v.reading !== "" && <Caption1 className={styles.meta}>{v.reading}</Caption1>}
          <dl className={styles.facts}>
            {state.facts.map((fact) => (
              <div key={fact.term} className={styles.pair}>
                <dt>{fact.term}</dt>
                <dd>
                  {fact.value}
                  {fact.flag && <span className={styles.flag}>{fact.flag}</span>}
                  {fact.note && <span className={styles.note}>{fact.note}</span>}
                </dd>
              </div>
            ))}
            <div className={styles.pair}>
              <dt>{state.gradeTerm}</dt>
              <dd>
                {state.grade ? (
                  <span
                    className={styles.grade}
                    style={
                      state.grade.fill
                        ? { backgroundColor: state.grade.fill, color: state.grade.color ?? undefined }
                        : undefined
                    }
                  >
                    {state.grade.text}
                  </span>
                ) : (
                  "—"
                )}
              </dd>
            </div>
          </dl>
          {state.chart ? <PathChart {...state.chart} /> : <Caption1 className={styles.meta}>{state.noChart}</Caption1>}
        </>
      ) : (
        props.empty
      )}
      {props.children}
    </section>
  );
}

/**
 * The selected 「KPI一覧」 indicator as the 委員意見 and 評価 panels both show it (issue #13): ID and 指標名, 区分,
 * 基準値 → 目標値 with their years, 最新実績, 達成率 (a negative one capped and flagged), 期待進捗, 評価 in the sheet's
 * colours and the path chart; the 要確認 state for staff when a panel passes it.
 */
export function IndicatorCard(props: IndicatorCardProps) {
  const state = useIndicatorCard(props);
  const styles = useIndicatorCardStyles();
  return renderIndicatorCard(state, styles);
}
