// The one module the integration serves: the Sleep panel, the card and the card's editor.
import { SleepCard } from "./components/card";
import { SleepCardEditor } from "./components/card-editor";
import { DashboardYaml } from "./components/dashboard-yaml";
import { ExperimentArm, ExperimentView } from "./components/experiment-view";
import { FirstRun } from "./components/first-run";
import { InsightsView } from "./components/insights-view";
import { JournalExport } from "./components/journal-export";
import { MorningView } from "./components/morning-view";
import { NightBreakdown } from "./components/night-breakdown";
import { SleepPanel } from "./components/panel";
import { SummaryView } from "./components/summary-view";
import { TonightView } from "./components/tonight-view";
import { TrendsView } from "./components/trends-view";
import { define, registerCard } from "./define";
import { CARD_ENTRY } from "./picker";

define("sleep-hygiene-morning", MorningView);
define("sleep-hygiene-tonight", TonightView);
define("sleep-hygiene-dashboard-yaml", DashboardYaml);
define("sleep-hygiene-first-run", FirstRun);
define("sleep-hygiene-journal-export", JournalExport);
define("sleep-hygiene-night-breakdown", NightBreakdown);
define("sleep-hygiene-trends", TrendsView);
define("sleep-hygiene-summary", SummaryView);
define("sleep-hygiene-insights", InsightsView);
define("sleep-hygiene-experiment", ExperimentView);
define("sleep-hygiene-experiment-arm", ExperimentArm);
define("sleep-hygiene-panel", SleepPanel);
define("sleep-hygiene-card", SleepCard);
define("sleep-hygiene-card-editor", SleepCardEditor);

registerCard(CARD_ENTRY);
