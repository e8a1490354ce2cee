import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
} from "@fluentui/react-components";
import type { OutcomeBlock, OutcomeMessage, OutcomeProps, OutcomeView } from "./Outcome.types";
import { useOutcomeStyles } from "./Outcome.styles";

/**
 * What a panel says about its last action: progress, or a MessageBar (intent, title, text, lists, details, buttons).
 * Panels map their state to an OutcomeView and render it here, so every result looks and reads the same.
 */
export function Outcome({ outcome, live = false }: OutcomeProps) {
  const shown = outcome === null ? null : <OutcomeContent outcome={outcome} />;
  return live ? (
    <div role="status" aria-live="polite">
      {shown}
    </div>
  ) : (
    shown
  );
}

function OutcomeContent({ outcome }: { readonly outcome: OutcomeView }) {
  switch (outcome.kind) {
    case "working":
      return <Spinner size="tiny" label={outcome.label} />;
    case "progress":
      return (
        <Field
          label={outcome.label}
          {...(outcome.step !== undefined ? { validationMessage: outcome.step, validationState: "none" as const } : {})}
        >
          <ProgressBar
            thickness="large"
            {...(outcome.fraction !== undefined ? { value: outcome.fraction, max: 1 } : {})}
          />
        </Field>
      );
    case "message":
      return <OutcomeBar message={outcome} />;
  }
}

function OutcomeBar({ message }: { readonly message: OutcomeMessage }) {
  const { intent, title, blocks, actions = [] } = message;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title !== undefined && <MessageBarTitle>{title}</MessageBarTitle>}
        {blocks.map((block, i) => block && <Block key={i} block={block} />)}
      </MessageBarBody>
      {actions.length > 0 && (
        <MessageBarActions>
          {actions.map((a) => (
            <Button key={a.label} appearance={a.primary ? "primary" : "secondary"} onClick={a.onClick}>
              {a.label}
            </Button>
          ))}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

function Block({ block }: { readonly block: OutcomeBlock }) {
  const styles = useOutcomeStyles();
  switch (block.kind) {
    case "text":
      return block.text;
    case "note":
      return <p className={styles.note}>{block.text}</p>;
    case "heading":
      return <p className={styles.heading}>{block.text}</p>;
    case "lines": {
      const limit = block.limit ?? block.items.length;
      const hidden = block.items.length - limit;
      return (
        <ul className={styles.list}>
          {block.items.slice(0, limit).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          {hidden > 0 && block.more && <li>{block.more(hidden)}</li>}
        </ul>
      );
    }
    case "choices":
      return (
        <ul className={styles.list}>
          {block.items.map((c) => (
            <li key={c.key}>
              {c.text}
              <Checkbox
                label={c.label}
                aria-label={c.ariaLabel}
                checked={c.checked}
                onChange={(_, d) => c.onChange(d.checked === true)}
              />
            </li>
          ))}
        </ul>
      );
    case "details":
      return block.summary === undefined ? (
        <pre className={styles.details}>{block.text}</pre>
      ) : (
        <details>
          <summary>{block.summary}</summary>
          <pre className={styles.details}>{block.text}</pre>
        </details>
      );
  }
}
