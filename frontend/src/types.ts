// The parts of Home Assistant's `hass` object this frontend reads, and the shapes of the
// integration's websocket replies (docs/websocket.md).

import type { NightArm, ShownExperiment } from "./experiment-types";

export interface HassEntity {
  entity_id: string;
  state: string;
  attributes: Record<string, unknown>;
}

export interface FrontendLocale {
  language: string;
  /** "12", "24", "language" or "system". */
  time_format?: string;
  /** "local" (the browser's) or "server" (Home Assistant's). */
  time_zone?: string;
}

export type Unsubscribe = () => Promise<void>;

export interface Connection {
  sendMessagePromise<T>(message: Record<string, unknown>): Promise<T>;
  subscribeMessage<T>(
    callback: (event: T) => void,
    message: Record<string, unknown>,
  ): Promise<Unsubscribe>;
}

export interface HomeAssistant {
  connection: Connection;
  states: Record<string, HassEntity | undefined>;
  language: string;
  locale?: FrontendLocale;
  config: { time_zone: string };
  user?: { is_admin: boolean };
  callService(
    domain: string,
    service: string,
    data?: Record<string, unknown>,
    target?: Record<string, unknown>,
    notifyOnError?: boolean,
  ): Promise<unknown>;
  formatEntityState?: (stateObj: HassEntity) => string;
}

export interface Bedroom {
  entry_id: string;
  name: string;
  loaded: boolean;
}

/** The first bedroom's views, sent with the list so the first paint waits for one round trip. */
export interface FirstView {
  entry_id: string;
  morning: Morning;
  tonight: Tonight;
}

export interface Question {
  key: string;
  options: string[];
}

export type Answers = Record<string, string | null>;

export interface Morning {
  night: string;
  answered: boolean;
  questions: Question[];
  answers: Answers;
  notes: string | null;
  /** The night's caffeine cut-off (ISO), which the caffeine question names. */
  caffeine_cutoff: string;
  score: number | null;
  /** Habits & bedroom (0-100): what the person and the house did, never mixed with symptoms. */
  habits_and_bedroom: number | null;
  symptom_burden: number | null;
  /** Pain, numbness or swelling was reported: the signs that need care today go with it. */
  prompt_care: boolean;
  /** The nights a missed morning can still be answered for, last night first. */
  recent: { night: string; answered: boolean }[];
  /** What the experiment asks of today, said with the thanks. */
  experiment_today?: NightArm | null;
}

export interface CheckInScore {
  score: number | null;
  habits_and_bedroom: number | null;
  symptom_burden: number | null;
}

export interface CheckInResult {
  night: string;
  score: CheckInScore | null;
  prompt_care: boolean;
}

export type DetoxState = "planned" | "running" | "done" | "skipped" | "missed" | "first_tomorrow" | "off";

export interface Step {
  step: string;
  /** When it happens; the detox's real start once it has started. */
  at: string;
  status: "planned" | "done" | "skipped";
}

/** What a bedroom with no night yet shows: its first detox and what to add next. */
export interface FirstRun {
  first_detox: string;
  has_lights: boolean;
  has_phone: boolean;
  has_climate: boolean;
}

export interface ClimatePlan {
  entity_id: string;
  at: string;
  target: number;
  unit: string;
  restore_at: string;
}

export interface Tonight {
  night: string;
  now: string;
  detox: DetoxState;
  /** Tonight's lights-out has passed: skip and start no longer apply. */
  lights_out_passed: boolean;
  steps: Step[];
  first_run: FirstRun | null;
  /** While a try of the detox's dim runs: when the lights go back. */
  trying_until: string | null;
  climate: ClimatePlan | null;
  lights: string[];
  screens: string[];
  dim: { brightness_pct: number; night_brightness_pct: number; color_temp_kelvin: number | null };
  screen_policy: "keep_off" | "gentle";
  so_far: {
    detox_started_at: string | null;
    lights_out_at: string | null;
    overrides: string[];
    screen_minutes: number | null;
  };
  /** Tonight's part of a running experiment. */
  experiment?: NightArm | null;
}

export interface Part {
  key: string;
  group: string;
  points: number | null;
  max_points: number;
  source: string;
}

/** What a night's sources measured, apart from the answers (null where nothing covered it). */
export interface Measured {
  into_bed: string | null;
  asleep_at: string | null;
  final_wake: string | null;
  out_of_bed: string | null;
  time_in_bed_minutes: number | null;
  latency_minutes: number | null;
  awakenings: number | null;
  /** Out of bed for more than 5 minutes, seen by a bed sensor alone (not awakenings). */
  times_out_of_bed: number | null;
  waso_minutes: number | null;
  total_sleep_minutes: number | null;
  efficiency_percent: number | null;
  wearable_score: number | null;
  phone_screen_minutes: number | null;
  /** Where each measure came from: "bed", "sleep_segment", "bed+sleep_segment", "phone", … */
  sources: Partial<Record<string, string>>;
  /** What did not fit and was left out. */
  flags: string[];
}

/** One night of sleep_hygiene/nights: what its bars and the list show. */
export interface Night {
  night: string;
  answered: boolean;
  score: number | null;
  symptom_burden: number | null;
}

/** One night in full (sleep_hygiene/night): its score in parts, its check-in, its measures. */
export interface NightDetail extends Night {
  bedroom: number | null;
  habits: number | null;
  symptoms: number | null;
  parts: Part[];
  /** The check-in as given (every question a key), or null without one. */
  answers: Answers | null;
  notes: string | null;
  measured: Measured | null;
}

export interface Nights {
  first_night: string;
  last_night: string;
  score_average_7: number | null;
  symptom_burden_average_7: number | null;
  nights: Night[];
}

export type Verdict = "worse" | "better" | "no_clear_difference" | "too_few_nights";

export interface Factor {
  key: string;
  nights_with: number;
  nights_without: number;
  burden_with: number | null;
  burden_without: number | null;
  /** Null while a side has fewer than 6 nights. */
  difference: number | null;
  /** The simultaneous 95 % interval of the difference, across every factor compared. */
  difference_low: number | null;
  difference_high: number | null;
  verdict: Verdict;
  /** How many more nights with (without) it a comparison needs; 0 when there are enough. */
  more_nights_with: number;
  more_nights_without: number;
}

export interface Insights {
  as_of: string;
  nights: number;
  likely_trigger: string | null;
  /** The least difference claimed, in burden points. */
  minimum_difference: number;
  factors: Factor[];
  red_flags: string[];
}

export interface SummaryNight {
  night: string;
  recorded: boolean;
  check_in: { answers: Answers; notes: string | null } | null;
  score: { score: number | null; symptom_burden: number | null } | null;
  detox_skipped: boolean;
}

export interface Summary {
  bedroom: string;
  first_night: string;
  last_night: string;
  nights: SummaryNight[];
  averages: Record<string, number | null>;
  /** How many nights each average rests on (0: none had that part). */
  average_nights: Record<string, number>;
  answer_counts: Record<string, Record<string, number>>;
  check_in_streak: number;
  red_flags: { active: string[] };
  insights: {
    nights: number;
    likely_trigger: string | null;
    minimum_difference: number;
    factors: Record<string, Omit<Factor, "key">>;
  };
  experiments?: ShownExperiment[];
}

export interface CardConfig {
  type: string;
  entry_id?: string;
  mode?: "auto" | "morning" | "tonight";
}
