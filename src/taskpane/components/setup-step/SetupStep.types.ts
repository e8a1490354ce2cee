export interface SetupStepProps {
  /** Members on the roster (委員名簿) who are in office: comments need a speaker. */
  readonly members: number;
  /** Meetings in 会議: comments need a meeting. */
  readonly meetings: number;
  /** Opens what registers them (the comments panel's roster), scrolled into view with the focus in it. */
  readonly onStart: () => void;
  /** While the panel is writing: the button waits. */
  readonly disabled?: boolean;
}
