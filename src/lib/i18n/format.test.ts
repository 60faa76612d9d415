import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatCompact,
  formatDateTime,
  formatDuration,
  formatMonth,
  formatNumber,
  formatRelativeTime,
} from "./format";

describe("formatNumber", () => {
  it("groups digits for the locale", () => {
    expect(formatNumber(12345, "en")).toBe("12,345");
    expect(formatNumber(12345, "ja")).toBe("12,345");
    expect(formatNumber(12.345, "en", 1)).toBe("12.3");
  });
});

describe("formatDuration", () => {
  it("uses milliseconds below a second, tenths of seconds below a minute", () => {
    expect(formatDuration(480, "en")).toBe("480 ms");
    expect(formatDuration(4520, "en")).toBe("4.5 sec");
    expect(formatDuration(4520, "ja")).toBe("4.5 秒");
    expect(formatDuration(1000, "en")).toBe("1.0 sec");
  });

  it("uses minutes and seconds from a minute on", () => {
    expect(formatDuration(125_000, "en")).toBe("2 min 5 sec");
    expect(formatDuration(125_000, "ja")).toBe("2 分 5 秒");
    expect(formatDuration(120_000, "ja")).toBe("2 分");
  });
});

describe("formatBytes", () => {
  it("picks the largest binary unit that fits", () => {
    expect(formatBytes(512, "en")).toBe("512 B");
    expect(formatBytes(0, "ja")).toBe("0 B");
    expect(formatBytes(12.34 * 1024, "en")).toBe("12.3 kB");
    expect(formatBytes(1.5 * 1024 ** 2, "ja")).toBe("1.5 MB");
    expect(formatBytes(2 * 1024 ** 3, "en")).toBe("2.0 GB");
  });
});

describe("formatCompact", () => {
  it("shortens large counts in the locale's way", () => {
    expect(formatCompact(5_000_000, "en")).toBe("5M");
    expect(formatCompact(5_000_000, "ja")).toBe("500万");
  });
});

describe("dates", () => {
  const october = new Date(2026, 9, 14, 9, 30).getTime();

  it("names a month with its year", () => {
    expect(formatMonth(october, "en")).toBe("October 2026");
    expect(formatMonth(october, "ja")).toBe("2026年10月");
  });

  it("formats a date and time", () => {
    expect(formatDateTime(october, "ja")).toBe("2026/10/14 9:30");
    expect(formatDateTime(october, "en")).toBe("Oct 14, 2026, 9:30 AM");
  });

  it("says how long ago, in words where the locale has them", () => {
    const now = october;
    expect(formatRelativeTime(now - 3 * 60_000, now, "en")).toBe("3 minutes ago");
    expect(formatRelativeTime(now - 3 * 60_000, now, "ja")).toBe("3 分前");
    expect(formatRelativeTime(now - 86_400_000, now, "ja")).toBe("昨日");
    expect(formatRelativeTime(now - 86_400_000, now, "en")).toBe("yesterday");
    expect(formatRelativeTime(now - 20_000, now, "en")).toBe("20 seconds ago");
    expect(formatRelativeTime(now - 400 * 86_400_000, now, "en")).toBe("last year");
  });
});
