import type { CommentEdit, CommentProblem, CommentRecord, IdSource, Meeting, Member } from "../../../domain/comments";
import type { MessageKey, MessageParams } from "../../../i18n/messages";
import type { KpiRowView } from "../../../workbook/kpi-row-view";
import type { CommentRecords } from "../../../app/comments";

/** Where the pane remembers small choices on this machine (localStorage in the pane; a Map in tests). */
export interface SmallStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface CommentsPanelProps {
  /** Default: window.localStorage (when available). */
  readonly storage?: SmallStorage;
  /** Clock and randomness for new ids; the system's by default. */
  readonly ids?: IdSource;
}

/** The committee's record as the comments use case reads it. */
export type Book = CommentRecords;

export type LoadState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly book: Book }
  | { readonly kind: "missing" }
  | { readonly kind: "error"; readonly message: string };

/** The outcome of the last action, shown under the forms. */
export type Notice =
  | { readonly kind: "success"; readonly key: MessageKey; readonly params?: MessageParams }
  | { readonly kind: "problems"; readonly problems: readonly CommentProblem[] }
  | { readonly kind: "officeError"; readonly message: string };

export interface Filter {
  readonly meeting: number | null;
  readonly status: string | null;
}

export interface NewComment {
  readonly meeting: number;
  readonly speakerId: string;
  readonly category: string;
  readonly text: string;
  readonly recordedBy: string;
}

export interface CommentsApi {
  readonly load: LoadState;
  readonly indicator: KpiRowView | null;
  readonly filter: Filter;
  readonly setFilter: (f: Filter) => void;
  /** The selected indicator's (or the strategy's) comments, filtered, newest first. */
  readonly visible: readonly CommentRecord[];
  readonly counts: { readonly total: number; readonly open: number };
  readonly notice: Notice | null;
  readonly busy: boolean;
  readonly lastMember: string | null;
  readonly recorder: string;
  /** Reads the tables again and follows the selection again (after a workbook was created meanwhile). */
  readonly reload: () => Promise<void>;
  readonly setUp: () => Promise<void>;
  readonly addComment: (c: NewComment) => Promise<boolean>;
  readonly editComment: (id: string, edit: CommentEdit) => Promise<boolean>;
  readonly saveMember: (m: Member, isNew: boolean) => Promise<boolean>;
  readonly saveMeeting: (m: Meeting, isNew: boolean) => Promise<boolean>;
}
