/**
 * The bare page the pane's first chunk is measured against (test/bench/pane-bench.ts): React + the Fluent UI
 * components the pane's first screen renders (the header, the panel tabs, the first panel's text and button, a
 * loading spinner, the theme switch between light and dark) and nothing of ours. Keep it in step with
 * src/taskpane/components/app and the first panel when they change what the first screen shows.
 */
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { createRoot } from "react-dom/client";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    padding: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  hidden: { display: "none" },
});

const TABS = ["workbook", "comments", "minutes", "refresh"];

function BarePage() {
  const styles = useStyles();
  const [tab, setTab] = useState(TABS[0]);
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">KPI</Title3>
        <Caption1>v1</Caption1>
      </header>
      <TabList size="small" selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))}>
        {TABS.map((id) => (
          <Tab key={id} value={id}>
            {id}
          </Tab>
        ))}
      </TabList>
      {TABS.map((id) => (
        <section key={id} className={mergeClasses(id !== tab && styles.hidden)}>
          <Subtitle2 as="h2">{id}</Subtitle2>
          <Body1 as="p">text</Body1>
          <Button appearance="primary">go</Button>
          <Spinner size="tiny" label="loading" />
        </section>
      ))}
    </div>
  );
}

const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <BarePage />
    </FluentProvider>,
  );
}
