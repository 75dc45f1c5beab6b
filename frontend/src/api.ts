// The integration's websocket commands (docs/websocket.md) and the two detox actions.
import type { Experiments } from "./experiment-types";
import { fill, type Texts, type Values } from "./texts";
import type {
  Answers,
  Bedroom,
  CheckInResult,
  FirstView,
  HomeAssistant,
  Insights,
  Morning,
  NightDetail,
  Nights,
  Summary,
  Tonight,
} from "./types";

export interface Replies {
  morning: Morning;
  tonight: Tonight;
  nights: Nights;
  night: NightDetail;
  insights: Insights;
  summary: Summary;
  experiments: Experiments;
}
export type Kind = keyof Replies;

interface ErrorReply {
  message?: unknown;
  translation_key?: unknown;
  translation_placeholders?: unknown;
}

/**
 * A websocket or service error in the user's language: the integration's errors carry a
 * translation key (its `exceptions` texts) and placeholders; others keep their own message.
 */
export function errorMessage(error: unknown, texts: Texts = {}): string {
  if (!error || typeof error !== "object") return String(error);
  const reply = error as ErrorReply;
  const key = typeof reply.translation_key === "string" ? `exceptions.${reply.translation_key}.message` : "";
  const template = key ? texts[key] : undefined;
  if (template !== undefined) {
    const values = reply.translation_placeholders;
    return fill(template, values && typeof values === "object" ? (values as Values) : {});
  }
  return typeof reply.message === "string" ? reply.message : JSON.stringify(error);
}

export async function fetchBedrooms(hass: HomeAssistant): Promise<Bedroom[]> {
  const reply = await hass.connection.sendMessagePromise<{ bedrooms: Bedroom[] }>({
    type: "sleep_hygiene/bedrooms",
  });
  return reply.bedrooms;
}

/** The bedrooms, and the first one's morning and tonight (null when it is not loaded). */
export async function fetchBedroomsWithFirstView(
  hass: HomeAssistant,
): Promise<{ bedrooms: Bedroom[]; firstView: FirstView | null }> {
  const reply = await hass.connection.sendMessagePromise<{ bedrooms: Bedroom[]; first_view: FirstView | null }>({
    type: "sleep_hygiene/bedrooms",
    first_view: true,
  });
  return { bedrooms: reply.bedrooms, firstView: reply.first_view };
}

export function fetchKind<K extends Kind>(
  hass: HomeAssistant,
  kind: K,
  entryId: string,
  params: Record<string, unknown> = {},
): Promise<Replies[K]> {
  return hass.connection.sendMessagePromise<Replies[K]>({
    type: `sleep_hygiene/${kind}`,
    entry_id: entryId,
    ...params,
  });
}

export function checkIn(
  hass: HomeAssistant,
  entryId: string,
  night: string,
  answers: Answers,
  notes?: string,
): Promise<CheckInResult> {
  return hass.connection.sendMessagePromise<CheckInResult>({
    type: "sleep_hygiene/check_in",
    entry_id: entryId,
    night,
    answers,
    ...(notes === undefined ? {} : { notes }),
  });
}

export type DetoxAction = "skip_tonight" | "start_detox" | "resume_tonight" | "try_detox";

export async function detoxAction(hass: HomeAssistant, entryId: string, action: DetoxAction): Promise<void> {
  // The panel says what went wrong itself: no second message in Home Assistant's toast.
  await hass.callService("sleep_hygiene", action, { config_entry_id: entryId }, undefined, false);
}

export interface JournalFile {
  filename: string;
  mime_type: string;
  content: string;
}

export function exportJournal(hass: HomeAssistant, entryId: string, format: "csv" | "json"): Promise<JournalFile> {
  return hass.connection.sendMessagePromise<JournalFile>({
    type: "sleep_hygiene/export",
    entry_id: entryId,
    format,
  });
}
