// Times, nights, numbers and lists in the user's language and time format, with Intl.
import type { HomeAssistant } from "./types";

export interface Locale {
  language: string;
  /** "12", "24", "language" or "system", as Home Assistant's profile sets it. */
  timeFormat: string;
  /** An IANA zone, or undefined for the browser's own. */
  timeZone: string | undefined;
}

export function localeOf(hass: HomeAssistant): Locale {
  const locale = hass.locale;
  return {
    language: locale?.language ?? hass.language,
    timeFormat: locale?.time_format ?? "language",
    timeZone: locale?.time_zone === "server" ? hass.config.time_zone : undefined,
  };
}

/** Whether times show with AM/PM: as set, or as the language (or the system) writes them. */
export function uses12Hours(locale: Locale): boolean {
  if (locale.timeFormat === "12") return true;
  if (locale.timeFormat === "24") return false;
  const probe = locale.timeFormat === "system" ? undefined : locale.language;
  const cycle = new Intl.DateTimeFormat(probe, { hour: "numeric" }).resolvedOptions().hourCycle;
  return cycle === "h11" || cycle === "h12";
}

/** "22:30" or "10:30 PM" for an ISO instant. */
export function formatTime(iso: string, locale: Locale): string {
  const twelve = uses12Hours(locale);
  return new Intl.DateTimeFormat(locale.language, {
    hour: twelve ? "numeric" : "2-digit",
    minute: "2-digit",
    hourCycle: twelve ? "h12" : "h23",
    timeZone: locale.timeZone,
  }).format(new Date(iso));
}

function nightDate(night: string): Date {
  const [year, month, day] = night.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** A night (`YYYY-MM-DD`, the evening it began) as "Tue, 25 Nov". */
export function formatNight(night: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(nightDate(night));
}

/** A night without its weekday ("25 Nov"), for chart labels. */
export function formatShortNight(night: string, language: string): string {
  return new Intl.DateTimeFormat(language, { day: "numeric", month: "short", timeZone: "UTC" }).format(
    nightDate(night),
  );
}

/** A figure with at most one decimal ("71.4", "65"); a dash when there is nothing to go on. */
export function formatNumber(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return "–";
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

export function formatTemperature(value: number, unit: string, language: string): string {
  return `${formatNumber(value, language)} ${unit}`;
}

/** "TV and console", "Bed lamp, Ceiling light and Reading light", in the user's language. */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: "long", type: "conjunction" }).format(items);
}

/** An entity's friendly name, else its id. */
export function entityName(hass: HomeAssistant, entityId: string): string {
  const name = hass.states[entityId]?.attributes.friendly_name;
  return typeof name === "string" && name ? name : entityId;
}
