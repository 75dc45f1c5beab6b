// The experiment's replies (docs/websocket.md: sleep_hygiene/experiments and its actions).

/** What the experiment asks of one night: its arm, its place, and what it names. */
export interface NightArm {
  night: string;
  change: string;
  arm: "change" | "usual";
  number: number;
  nights: number;
  /** The time the change names that night (ISO), e.g. the caffeine cut-off. */
  at: string | null;
  target_c: number | null;
  /** The night's bedroom target in the bedroom's unit (another target only). */
  target: number | null;
  unit: string;
}

export interface ArmComparison {
  pairs: number;
  mean_change: number | null;
  mean_usual: number | null;
  difference: number | null;
  difference_low: number | null;
  difference_high: number | null;
  verdict: "clearly_lower" | "clearly_higher" | "no_clear_difference" | "too_few_nights";
  more_pairs_needed: number;
}

export interface ArmNights {
  kept: number;
  not_kept: number;
  unknown: number;
}

/** A result: in full once over; a running one's shows only how far it is. */
export interface ExperimentResult {
  as_of: string;
  nights_run: number;
  unanswered: number;
  pairs_dropped: number;
  arms: Record<"change" | "usual", ArmNights>;
  interval_level?: number;
  as_assigned?: ArmComparison;
  per_protocol?: ArmComparison;
  measured?: Record<string, ArmComparison>;
}

export interface ExperimentNight {
  night: string;
  arm: "change" | "usual";
  symptom_burden: number | null;
  kept: boolean | null;
}

export interface ShownExperiment {
  change: string;
  first_night: string;
  last_night: string;
  arms: ("change" | "usual")[];
  stopped_at: string | null;
  stopped_early: boolean;
  status: "planned" | "running" | "finished";
  unit: string;
  target: number | null;
  usual_target: number | null;
  minutes_earlier: number | null;
  usual_detox_minutes: number | null;
  result: ExperimentResult | null;
  nights: ExperimentNight[] | null;
}

export interface ExperimentChoices {
  /** The changes this bedroom can try: another target needs a thermostat, no screens a screen or phone. */
  changes: string[];
  nights: { min: number; max: number; default: number };
  earliest_first_night: string;
  days_ahead: number;
  unit: string;
  usual_target: number;
  target_range: [number, number];
  target_difference: number;
  usual_detox_minutes: number;
  minutes_earlier: [number, number];
}

export interface Experiments {
  current: ShownExperiment | null;
  past: ShownExperiment[];
  tonight: NightArm | null;
  choices: ExperimentChoices;
}
