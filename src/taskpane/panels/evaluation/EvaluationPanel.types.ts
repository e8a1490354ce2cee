import type { EvaluationFailure } from "../../../app/evaluation-reads";
import type { ValidationResult } from "../../../domain/dataset/validate";
import type { EvaluationProblem } from "../../../domain/evaluation/problems";
import type { ClosedRecord, EvaluationEntry, SummaryOpinion } from "../../../domain/evaluation/types";
import type { MessageKey, MessageParams } from "../../../i18n/messages";
import type { KpiRowView } from "../../../workbook/kpi-row-view";
import type { Stamp } from "../../../app/evaluation";
import type { SmallStorage } from "../comments/CommentsPanel.types";
import type { DownloadFile } from "../minutes/download";

export interface EvaluationPanelProps {
  /** Where 記録者 is remembered; window.localStorage by default. */
  readonly storage?: SmallStorage;
  /** The dataset closing and revising grade with (rules, plan period); the bundled one by default. */
  readonly loadDataset?: () => ValidationResult;
  /** The clock of 記録日時 / 確定日時; the system's by default. */
  readonly now?: () => Date;
  /** How a report or data call file is saved; a Blob download link by default. */
  readonly download?: DownloadFile;
}

/** The 評価年度's tables as the panel shows them. */
export interface Book {
  readonly year: number;
  readonly closed: boolean;
  readonly entries: readonly EvaluationEntry[];
  readonly opinions: readonly SummaryOpinion[];
  readonly warnings: readonly EvaluationProblem[];
  /** 「全体」, 「基本目標1」… as 「KPI一覧」 gives them. */
  readonly summaryTargets: readonly string[];
  readonly planYears: { readonly first: number; readonly last: number };
  /** 確定日時 of the year's record in force, when closed. */
  readonly closedAt: string | null;
  /** 「KPI一覧」's 担当課, each once, in sheet order. */
  readonly departments: readonly string[];
}

export type LoadState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly book: Book }
  /** The workbook lacks 「評価」: the panel offers the set-up. */
  | { readonly kind: "missing" }
  /** No 「KPI一覧」 or no readable 評価年度 (the workbook is not built yet): what is wrong, as problems. */
  | { readonly kind: "noWorkbook"; readonly failure: EvaluationFailure }
  | { readonly kind: "error"; readonly message: string };

/** Which action a notice is about: it is shown beside that action's form. */
export type NoticeArea = "setUp" | "entry" | "summary" | "close" | "revise" | "files";

/** The outcome of the last action. */
export type Notice =
  | {
      readonly kind: "success";
      readonly area: NoticeArea;
      readonly key: MessageKey;
      readonly params?: MessageParams;
      readonly more?: readonly { readonly key: MessageKey; readonly params?: MessageParams }[];
    }
  | { readonly kind: "failure"; readonly area: NoticeArea; readonly failure: EvaluationFailure }
  | { readonly kind: "error"; readonly area: NoticeArea; readonly message: string };

/** What the entry form gives (the texts as typed; the year and id are the panel's). */
export interface EntryDraft {
  readonly analysis: string;
  readonly issues: string;
  readonly direction: string;
  readonly externalFactor: string;
  readonly committeeGrade: string;
  readonly committeeReason: string;
}

/** What the revision form gives, as typed. */
export interface RevisionDraft {
  readonly value: string;
  readonly targetYear: string;
  readonly fromYear: string;
  readonly reason: string;
  readonly meeting: string;
}

export interface History {
  readonly id: string;
  readonly records: readonly ClosedRecord[];
  readonly failure: EvaluationFailure | null;
}

export interface EvaluationApi {
  readonly load: LoadState;
  readonly indicator: KpiRowView | null;
  /** The selected indicator's 「評価」 row of the 評価年度, if any. */
  readonly entry: EvaluationEntry | null;
  readonly history: History | null;
  readonly notice: Notice | null;
  readonly busy: boolean;
  readonly recorder: string;
  readonly setRecorder: (name: string) => void;
  readonly reload: () => Promise<void>;
  /** Reads the tables again (after a write made elsewhere in the panel). */
  readonly reread: () => Promise<void>;
  /** 記録日時 / 記録者 of a write now. */
  readonly stamp: () => Stamp;
  readonly setUp: () => Promise<void>;
  /** True when saved (the form may then show the workbook's values). */
  readonly saveEntry: (draft: EntryDraft) => Promise<boolean>;
  readonly saveOpinion: (target: string, text: string) => Promise<boolean>;
  readonly closeYear: (replace: boolean) => Promise<boolean>;
  readonly revise: (draft: RevisionDraft) => Promise<boolean>;
}
