import { useMemo } from "react";
import type { PeriodBasis } from "../../../domain/periods";
import { eraYearLabel } from "../../../domain/periods";
import { GRADES } from "../../../domain/status";
import { useI18n, type I18n } from "../../../i18n/I18nContext";
import type { KpiRowView } from "../../../workbook/kpi-row-view";
import { VERIFICATION_MARK } from "../../../workbook/verification-columns";
import type {
  CardFact,
  GradeLook,
  IndicatorCardProps,
  IndicatorCardState,
  PathChartProps,
} from "./IndicatorCard.types";
import { chartInputOf, pathGeometry, type PathGeometry } from "./path-geometry";

const DASH = "—";

/** A year cell's basis: its shown text 「2019年度」「令和元年度(2019)」 says, else the row's 年度/暦年. */
export function basisOf(yearText: string, rowBasis: string): PeriodBasis {
  if (yearText.includes("年度")) return "fiscal";
  if (/\d年/.test(yearText)) return "calendar";
  return rowBasis.trim() === "暦年" ? "calendar" : "fiscal";
}

/** 「令和元年度(2019)」 in Japanese, 「FY2019」 in English. */
export function yearLabel(year: number, basis: PeriodBasis, t: I18n["t"]): string {
  return t(basis === "fiscal" ? "card.year.fiscal" : "card.year.calendar", { era: eraYearLabel(year), year });
}

/** A value as the sheet shows it, with the unit unless the text already carries it (「94.6%」). */
export function withUnit(text: string, unit: string): string {
  const u = unit.trim();
  if (text.trim() === "") return DASH;
  return u === "" || text.endsWith(u) || (/[%％]/.test(u) && /[%％]$/.test(text)) ? text : `${text}${u}`;
}

/** A ratio as the sheet's 0.0% shows it. */
export function percent(ratio: number): string {
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}

/** 達成率: a negative ratio is shown capped at 0 % and flagged 「基準値より悪化」, its real figure beside. */
export function progressFact(view: KpiRowView, t: I18n["t"]): CardFact {
  const term = t("card.progress");
  const p = view.numbers.progress;
  if (p === null) return { term, value: view.progress.trim() || DASH };
  if (p >= 0) return { term, value: percent(p) };
  return { term, value: percent(0), flag: t("card.worse"), note: t("card.progressActual", { value: percent(p) }) };
}

export function gradeLook(text: string): GradeLook | null {
  if (text.trim() === "") return null;
  const info = GRADES.find((g) => g.grade === text.trim());
  return { text, fill: info?.fill ?? null, color: info?.fontColor ?? null };
}

/** Numbers the pane formats itself (the chart's labels, a revised target): grouped, two decimals at most. */
function numberFormat(lang: I18n["lang"]): Intl.NumberFormat {
  return new Intl.NumberFormat(lang === "ja" ? "ja-JP" : "en-US", { maximumFractionDigits: 2 });
}

function facts(view: KpiRowView, i18n: I18n): CardFact[] {
  const { t } = i18n;
  const { texts, numbers } = view;
  const at = (valueText: string, year: number | null, yearText: string): string => {
    const value = withUnit(valueText, texts.unit);
    if (year === null) return value;
    return t("card.valueAt", { value, year: yearLabel(year, basisOf(yearText, texts.basis), t) });
  };
  const path: CardFact = {
    term: t("card.path"),
    value: `${at(texts.baseline, numbers.baselineYear, texts.baselineYear)} → ${at(texts.target, numbers.targetYear, texts.targetYear)}`,
  };
  const revised =
    numbers.targetInForce !== null &&
    (numbers.targetInForce !== numbers.target || numbers.targetYearInForce !== numbers.targetYear);
  const latest: CardFact = { term: t("card.latest"), value: at(texts.latest, numbers.latestYear, texts.latestYear) };
  const expected: CardFact = {
    term: t("card.expected"),
    value: numbers.expected === null ? texts.expected.trim() || DASH : percent(numbers.expected),
  };
  return [
    revised && numbers.targetInForce !== null
      ? {
          ...path,
          note: t("card.targetInForce", {
            value: withUnit(numberFormat(i18n.lang).format(numbers.targetInForce), texts.unit),
            year:
              numbers.targetYearInForce === null
                ? DASH
                : yearLabel(numbers.targetYearInForce, basisOf("", texts.basis), t),
          }),
        }
      : path,
    latest,
    progressFact(view, t),
    expected,
  ];
}

function chartProps(view: KpiRowView, geometry: PathGeometry, i18n: I18n): PathChartProps {
  const { t, lang } = i18n;
  const number = numberFormat(lang);
  const unit = view.texts.unit;
  const value = (v: number) => withUnit(number.format(v), unit);
  const basis = basisOf("", view.texts.basis);
  const year = (y: number) => yearLabel(y, basis, t);
  const { points, path, target, kind } = geometry;
  const span = { count: points.length, first: year(geometry.firstYear), last: year(geometry.lastYear) };
  const sentences: string[] = [];
  if (points.length === 0) sentences.push(t("card.chart.noActuals"));
  if (path) {
    const ends = { base: value(path.from.value), baseYear: year(path.from.year), target: value(path.to.value) };
    sentences.unshift(t("card.chart.path", { ...span, ...ends, targetYear: year(path.to.year) }));
  } else if (kind === "maintain" && target) {
    sentences.unshift(t("card.chart.maintain", { ...span, target: value(target.value) }));
  } else if (target) {
    sentences.unshift(
      t("card.chart.targetOnly", { ...span, target: value(target.value), targetYear: year(target.year) }),
    );
  } else if (points.length > 0) {
    sentences.unshift(t("card.chart.noTarget", span));
  }
  const last = points[points.length - 1];
  if (last) {
    const params = { value: value(last.value), year: year(last.year) };
    const key =
      last.onTrack === null
        ? "card.chart.latest"
        : last.onTrack
          ? "card.chart.latestOnTrack"
          : "card.chart.latestBehind";
    sentences.push(t(key, params));
  }
  const legend = [
    t("card.chart.legend.actual"),
    ...(points.some((p) => p.onTrack === false) ? [t("card.chart.legend.behind")] : []),
    ...(path ? [t("card.chart.legend.path")] : []),
    ...(geometry.level ? [t("card.chart.legend.level")] : []),
    ...(target ? [t("card.chart.legend.target")] : []),
  ];
  return {
    geometry,
    title: t("card.chart.title"),
    caption: t("card.chart.table"),
    summary: sentences.join(""),
    legend,
    rows: points.map((p) => ({
      point: p,
      year: year(p.year),
      actual: value(p.value),
      mark: p.mark === null ? DASH : value(p.mark),
      judged: p.onTrack === null ? DASH : t(p.onTrack ? "card.chart.table.onTrack" : "card.chart.table.behind"),
    })),
    headers: {
      year: t("card.chart.table.year"),
      actual: t("card.chart.table.actual"),
      mark: t("card.chart.table.path"),
      judged: t("card.chart.table.judged"),
    },
    valueLabel: (v) => number.format(v),
  };
}

/** The card's state: the selected row's facts and chart in the pane's language (useX of useX → styles → renderX). */
export function useIndicatorCard(props: IndicatorCardProps): IndicatorCardState {
  const i18n = useI18n();
  const { t } = i18n;
  const view = props.indicator;
  const derived = useMemo(() => {
    if (!view) return { facts: [], chart: null, grade: null };
    const geometry = pathGeometry(chartInputOf(view));
    return {
      facts: facts(view, i18n),
      chart: geometry ? chartProps(view, geometry, i18n) : null,
      grade: gradeLook(view.grade),
    };
  }, [view, i18n]);
  // Given by the panel (「確認事項」's item, with how the text was read), else the row's own 要確認 cell: its formula
  // reads 要確認 until staff mark the item 確認済 on 「確認事項」, then nothing — so the badge leaves with it.
  const v =
    props.verification ??
    (view?.texts.verification?.trim() === VERIFICATION_MARK ? { state: VERIFICATION_MARK, reading: "" } : undefined);
  return {
    props,
    label: t("card.selected"),
    heading: view ? `${view.id} ${view.name}` : "",
    kind: view?.texts.kind.trim() ?? "",
    facts: derived.facts,
    grade: derived.grade,
    gradeTerm: t("card.grade"),
    verification: v
      ? {
          text: t(v.state === "要確認" ? "card.verification.pending" : "card.verification.done"),
          reading: v.reading,
          pending: v.state === "要確認",
        }
      : null,
    chart: derived.chart,
    noChart: t("card.chart.noActuals"),
  };
}
