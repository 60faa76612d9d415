import { describe, expect, it } from "vitest";
import { dateGroup, groupByDate } from "./group-by-date";

const now = new Date(2026, 10, 26, 9, 30).getTime();
const at = (month: number, d: number, h = 12) => new Date(2026, month, d, h).getTime();

describe("dateGroup", () => {
  it("uses calendar days, not 24-hour windows", () => {
    expect(dateGroup(new Date(2026, 10, 26, 0, 5).getTime(), now).kind).toBe("today");
    expect(dateGroup(at(10, 25, 23), now).kind).toBe("yesterday");
    expect(dateGroup(at(10, 19), now).kind).toBe("previous7Days");
    expect(dateGroup(now + 3_600_000, now).kind).toBe("today");
  });

  it("puts anything older than 7 days in its calendar month", () => {
    expect(dateGroup(at(10, 18), now)).toEqual({
      kind: "month",
      key: "2026-11",
      monthStart: new Date(2026, 10, 1).getTime(),
    });
    expect(dateGroup(at(9, 31, 23), now)).toMatchObject({ kind: "month", key: "2026-10" });
    expect(dateGroup(new Date(2025, 11, 2).getTime(), now)).toMatchObject({ key: "2025-12" });
  });
});

describe("groupByDate", () => {
  it("keeps the order inside groups, skips empty groups, and gives each month its own group", () => {
    const items = [
      { updatedAt: at(10, 26, 9) },
      { updatedAt: at(10, 26, 8) },
      { updatedAt: at(10, 2) },
      { updatedAt: at(9, 30) },
      { updatedAt: at(9, 1) },
    ];
    const groups = groupByDate(items, now);
    expect(groups.map((g) => [g.group.key, g.items.length])).toEqual([
      ["today", 2],
      ["2026-11", 1],
      ["2026-10", 2],
    ]);
    expect(groups[0]?.items[0]).toBe(items[0]);
  });
});
