import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  belgianHolidays,
  easterSunday,
  isWorkingDay,
  lastDayOfTerm,
  thirdWorkingDayAfter,
} from "../../../src/analysis/letter/calendar.ts";

describe("Belgian calendar", () => {
  it("computes Easter Sunday", () => {
    expect(["2024", "2025", "2026", "2027", "2038"].map((y) => easterSunday(Number(y)))).toEqual([
      "2024-03-31",
      "2025-04-20",
      "2026-04-05",
      "2027-03-28",
      "2038-04-25",
    ]);
  });

  it("lists the ten legal public holidays, Easter-based ones included", () => {
    expect([...belgianHolidays(2027)].sort()).toEqual([
      "2027-01-01",
      "2027-03-29",
      "2027-05-01",
      "2027-05-06",
      "2027-05-17",
      "2027-07-21",
      "2027-08-15",
      "2027-11-01",
      "2027-11-11",
      "2027-12-25",
    ]);
  });

  it("knows working days", () => {
    expect(isWorkingDay("2026-11-11")).toBe(false); // Armistice, a Wednesday
    expect(isWorkingDay("2026-11-14")).toBe(false); // Saturday
    expect(isWorkingDay("2026-11-12")).toBe(true);
    expect(addWorkingDays("2026-11-10", 2)).toBe("2026-11-13");
  });

  it("counts terms as the Judicial Code does (art. 52–54)", () => {
    // The day of the event does not count: 30 days after 3 November is 3 December.
    expect(lastDayOfTerm("2026-11-03", 30, "days")).toBe("2026-12-03");
    // Months end on the same day number; a Sunday moves to Monday.
    expect(lastDayOfTerm("2026-11-06", 1, "months")).toBe("2026-12-07");
    // 31 January + 1 month: February has no 31st, and 28 February 2027 is a Sunday.
    expect(lastDayOfTerm("2027-01-31", 1, "months")).toBe("2027-03-01");
    // A last day on Easter Monday moves to Tuesday.
    expect(lastDayOfTerm("2026-12-29", 3, "months")).toBe("2027-03-30");
    expect(lastDayOfTerm("2026-12-06", 1, "years")).toBe("2027-12-06");
  });

  it("presumes notification on the third working day after sending", () => {
    // Sent on Tuesday 10 November 2026: 11 November is a holiday, so 12, 13 and 16 November.
    expect(thirdWorkingDayAfter("2026-11-10")).toBe("2026-11-16");
  });
});
