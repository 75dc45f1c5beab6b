import { describe, expect, it } from "vitest";

import { formatList, formatNight, formatNumber, formatTemperature, formatTime, localeOf, uses12Hours } from "../src/format";
import type { HomeAssistant } from "../src/types";

const AT = "2026-11-25T22:05:00+00:00";

describe("times in the user's format", () => {
  it("follows a 12- or 24-hour setting whatever the language", () => {
    expect(formatTime(AT, { language: "de", timeFormat: "12", timeZone: "UTC" })).toMatch(/^10:05\s?PM$/);
    expect(formatTime(AT, { language: "en-US", timeFormat: "24", timeZone: "UTC" })).toBe("22:05");
    expect(formatTime("2026-11-26T06:30:00Z", { language: "en-US", timeFormat: "24", timeZone: "UTC" })).toBe("06:30");
  });

  it("takes the language's own habit when set to follow the language", () => {
    expect(uses12Hours({ language: "en-US", timeFormat: "language", timeZone: undefined })).toBe(true);
    expect(uses12Hours({ language: "de", timeFormat: "language", timeZone: undefined })).toBe(false);
    expect(formatTime(AT, { language: "en-US", timeFormat: "language", timeZone: "UTC" })).toBe("10:05 PM");
    expect(formatTime(AT, { language: "fr", timeFormat: "language", timeZone: "UTC" })).toBe("22:05");
  });

  it("shows the time in Home Assistant's zone when the profile asks for the server's", () => {
    const hass = {
      language: "en",
      locale: { language: "en-GB", time_format: "24", time_zone: "server" },
      config: { time_zone: "Europe/Berlin" },
    } as unknown as HomeAssistant;
    const locale = localeOf(hass);
    expect(locale).toEqual({ language: "en-GB", timeFormat: "24", timeZone: "Europe/Berlin" });
    expect(formatTime(AT, locale)).toBe("23:05");
    const local = localeOf({ ...hass, locale: { language: "en-GB", time_zone: "local" } });
    expect(local.timeZone).toBeUndefined();
    expect(local.timeFormat).toBe("language");
  });
});

describe("nights, numbers and lists", () => {
  it("writes a night as the evening's date, never shifted by the zone", () => {
    expect(formatNight("2026-11-25", "en-GB")).toBe("Wed 25 Nov");
    expect(formatNight("2026-01-01", "de")).toBe("Do., 1. Jan.");
  });

  it("rounds to one decimal in the user's language, a dash for nothing", () => {
    expect(formatNumber(71.44, "en")).toBe("71.4");
    expect(formatNumber(71.44, "de")).toBe("71,4");
    expect(formatNumber(null, "en")).toBe("–");
    expect(formatTemperature(18, "°C", "fr")).toBe("18 °C");
  });

  it("joins names the way the language does", () => {
    expect(formatList(["TV", "console"], "en")).toBe("TV and console");
    expect(formatList(["TV", "Konsole"], "de")).toBe("TV und Konsole");
  });
});
