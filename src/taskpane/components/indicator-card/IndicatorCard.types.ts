import type { ReactNode } from "react";
import type { VerificationItem } from "../../../domain/dataset/verification";
import type { KpiRowView } from "../../../workbook/kpi-row-view";
import type { ActualPoint, PathGeometry } from "./path-geometry";

/**
 * The state of the indicator's 要確認 item for staff (the 「確認事項」 sheet's VerificationItem, app/verification.ts
 * verificationOf: its 状態 and how the PDF text was read). Optional: the card shows it as a small staff badge when a
 * panel passes it; an item itself fits.
 */
export type CardVerification = Pick<VerificationItem, "state" | "reading">;

export interface IndicatorCardProps {
  /** The selected 「KPI一覧」 row; null while none is selected. */
  readonly indicator: KpiRowView | null;
  /** What the card shows while no row is selected (each panel says what selecting a row gives it). */
  readonly empty: ReactNode;
  /** Shown at the card's foot whatever is selected (the comments panel's count). */
  readonly children?: ReactNode;
  readonly verification?: CardVerification;
}

/** One term of the card's list, as shown. */
export interface CardFact {
  readonly term: string;
  readonly value: string;
  /** A second line in smaller text (a revised target; a negative 達成率's real figure). */
  readonly note?: string;
  /** A flag beside the value (「基準値より悪化」). */
  readonly flag?: string;
}

export interface GradeLook {
  readonly text: string;
  /** The sheet's fill and font colour of the grade; null for a grade without (目標未設定) or unknown text. */
  readonly fill: string | null;
  readonly color: string | null;
}

export interface PathChartRow {
  readonly point: ActualPoint;
  readonly year: string;
  readonly actual: string;
  readonly mark: string;
  readonly judged: string;
}

/** What PathChart draws: the geometry, and its texts in the pane's language. */
export interface PathChartProps {
  readonly geometry: PathGeometry;
  readonly title: string;
  /** The caption of the table that gives the chart's numbers. */
  readonly caption: string;
  /** One or two sentences for the chart's accessible name. */
  readonly summary: string;
  readonly legend: readonly string[];
  readonly rows: readonly PathChartRow[];
  readonly headers: { readonly year: string; readonly actual: string; readonly mark: string; readonly judged: string };
  /** A y-axis value as a label. */
  readonly valueLabel: (value: number) => string;
}

export interface IndicatorCardState {
  readonly props: IndicatorCardProps;
  readonly label: string;
  readonly heading: string;
  readonly kind: string;
  readonly facts: readonly CardFact[];
  readonly grade: GradeLook | null;
  readonly gradeTerm: string;
  readonly verification: { readonly text: string; readonly reading: string; readonly pending: boolean } | null;
  readonly chart: PathChartProps | null;
  /** When nothing can be drawn (no actual, no target, no 判定基準). */
  readonly noChart: string;
}
