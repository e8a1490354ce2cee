export interface FilePickerProps {
  /** The field's label; it names the file input (tests and assistive technology find the input by it). */
  readonly label: string;
  readonly hint?: string;
  /** The input's accept list (".json,.csv,…"). */
  readonly accept: string;
  readonly disabled?: boolean;
  /** The chosen file's name, shown beside the button; null when none is chosen. */
  readonly fileName: string | null;
  /** A file was chosen (null: the choice was cleared). The input is emptied after, so the same file can be chosen again. */
  readonly onFile: (file: File | null) => void;
}
