import { describe, expect, it } from "vitest";
import { dateGroup, groupByDate } from "./group-by-date";

const now = new Date(2026, 10, 26, 9, 30).getTime();
const at = (d: number, h = 12) => new Date(2026, 10, d, h).getTime();

describe("dateGroup", () => {
  it("uses calendar days, not 24-hour windows", () => {
    expect(dateGroup(new Date(2026, 10, 26, 0, 5).getTime(), now)).toBe("Today");
    expect(dateGroup(at(25, 23), now)).toBe("Yesterday");
    expect(dateGroup(at(19), now)).toBe("Previous 7 days");
    expect(dateGroup(at(18), now)).toBe("Older");
    expect(dateGroup(now + 3_600_000, now)).toBe("Today");
  });
});

describe("groupByDate", () => {
  it("keeps the order inside groups and skips empty groups", () => {
    const items = [{ updatedAt: at(26, 9) }, { updatedAt: at(26, 8) }, { updatedAt: at(1) }];
    const groups = groupByDate(items, now);
    expect(groups.map((g) => [g.group, g.items.length])).toEqual([
      ["Today", 2],
      ["Older", 1],
    ]);
    expect(groups[0]?.items[0]).toBe(items[0]);
  });
});
