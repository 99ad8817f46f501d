// 轮候: 查封规定(2020) art 26 para 1 — "查封、扣押、冻结解除的，登记在先的轮候查封、扣押、冻结即自动生效";
// lapse (art 27) treated like release (interpretation); the promoted measure's term from promotion by
// default, configurable ("registration"); 注册商标权保全解释 art 3 — no second preservation of a trademark.
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../dates/iso-date";
import { DEFAULT_QUEUE_TERM_START, promoteQueue, queuePosition, registrationKey, type QueueMeasure } from "./queue";
import { cal, expectDomainError, measure } from "./test-helpers";
import type { Measure } from "./types";

/** First: a real-estate seal made 2025-03-10, last day 2028-03-10. */
const first = (over: Partial<Measure> = {}): Measure =>
  measure({ id: "A", assetType: "realEstate", kind: "seal", registeredAt: "2025-03-10T09:00", startDate: "2025-03-10", expires: "2028-03-10", ...over });
const queued = (id: string, registeredAt: string, over: Partial<Measure> = {}): Measure =>
  measure({ id, assetType: "realEstate", kind: "seal", position: "queued", registeredAt, startDate: registeredAt.slice(0, 10), expires: null, ...over });

describe("queuePosition (查封规定 art 26 para 1)", () => {
  it.each<[string, QueueMeasure[], IsoDate, "first" | "queued"]>([
    ["nothing on the asset", [], "2025-06-01", "first"],
    ["an active first measure", [first()], "2025-06-01", "queued"],
    ["the first on its last day", [first()], "2028-03-10", "queued"],
    ["the first lapsed the day before", [first()], "2028-03-11", "first"],
    ["the first released", [first({ releasedOn: "2025-05-01" })], "2025-06-01", "first"],
    ["a first released but a queued one now holds it", [first({ releasedOn: "2025-05-01" }), queued("B", "2025-04-01T10:00")], "2025-06-01", "queued"],
    ["only a deduct on a deposit (one-off, holds nothing)", [measure({ kind: "deduct", expires: null })], "2025-06-01", "first"],
  ])("%s → %s", (_l, onAsset, today, position) => {
    expect(queuePosition({ assetType: "realEstate", context: "enforcement" }, onAsset, today)).toBe(position);
  });

  const tmFreeze = (context: "enforcement" | "preservation") =>
    measure({ assetType: "trademark", context, registryReceiptDate: "2025-03-10", expires: "2026-03-10" });

  it("a trademark already under preservation cannot be preserved again, even queued (注册商标权保全解释 art 3)", () => {
    const err = expectDomainError(() => queuePosition({ assetType: "trademark", context: "preservation" }, [tmFreeze("preservation")], "2025-06-01"), "PRECONDITION_FAILED", "context");
    expect(err.messages.zh).toContain("第三条");
  });
  it("a trademark frozen in enforcement may get a queued preservation", () => {
    expect(queuePosition({ assetType: "trademark", context: "preservation" }, [tmFreeze("enforcement")], "2025-06-01")).toBe("queued");
  });
  it("after the preservation lapsed, a new one goes first", () => {
    expect(queuePosition({ assetType: "trademark", context: "preservation" }, [tmFreeze("preservation")], "2026-03-11")).toBe("first");
  });
  it("enforcement may queue behind a trademark preservation", () => {
    expect(queuePosition({ assetType: "trademark", context: "enforcement" }, [tmFreeze("preservation")], "2025-06-01")).toBe("queued");
  });
});

describe("promoteQueue: when the first lapses (boundaries on its last day, 2028-03-10)", () => {
  const onAsset = [first(), queued("B", "2025-04-01T10:00")];
  it.each<[IsoDate, string, boolean]>([
    ["2028-03-09", "A", false],
    ["2028-03-10", "A", false],
    ["2028-03-11", "B", true],
  ])("on %s the first is %s (promotion %s)", (today, id, promoted) => {
    const r = promoteQueue(onAsset, today, cal);
    expect(r.currentFirstId).toBe(id);
    expect(r.promotions.length > 0).toBe(promoted);
  });

  it("B is in effect from the day after A's last day, and a full term counts from A's last day (default: promotion)", () => {
    expect(DEFAULT_QUEUE_TERM_START).toBe("promotion");
    const [p] = promoteQueue(onAsset, "2028-03-11", cal).promotions;
    expect(p).toMatchObject({ measureId: "B", previousFirstId: "A", cause: "lapsed", effectiveFrom: "2028-03-11", countsFrom: "2028-03-10", expires: "2031-03-10" });
    expect(p!.basis.map((b) => `${b.law} ${b.article}`)).toEqual(
      expect.arrayContaining(["查封规定(2020) art 26 para 1", "查封规定(2020) art 27 para 1", "民诉法解释(2022) art 485 para 1"]),
    );
  });
});

describe("promoteQueue: when the first is released", () => {
  it.each<[IsoDate, string]>([
    ["2025-09-30", "A"],
    ["2025-10-01", "B"],
  ])("released 2025-10-01; on %s the first is %s", (today, id) => {
    expect(promoteQueue([first({ releasedOn: "2025-10-01" }), queued("B", "2025-04-01T10:00")], today, cal).currentFirstId).toBe(id);
  });

  it("B is in effect on the release day, its term counted from it", () => {
    const [p] = promoteQueue([first({ releasedOn: "2025-10-01" }), queued("B", "2025-04-01T10:00")], "2025-10-01", cal).promotions;
    expect(p).toMatchObject({ measureId: "B", cause: "released", effectiveFrom: "2025-10-01", countsFrom: "2025-10-01", expires: "2028-10-01" });
    expect(p!.basis.map((b) => b.article)).not.toContain("art 27 para 1");
  });
});

describe("order: registered earliest first (art 26 '登记在先'), whatever the input order", () => {
  it.each<[string, QueueMeasure[], string]>([
    ["earlier day", [queued("C", "2025-05-01T08:00"), first({ releasedOn: "2025-10-01" }), queued("B", "2025-04-01T10:00")], "B"],
    ["same day, earlier minute", [queued("C", "2025-04-01T10:01"), queued("B", "2025-04-01T10:00"), first({ releasedOn: "2025-10-01" })], "B"],
    ["seconds decide", [queued("B", "2025-04-01T10:00:30"), queued("C", "2025-04-01T10:00:05"), first({ releasedOn: "2025-10-01" })], "C"],
    ["a queued measure released while waiting is skipped", [first({ releasedOn: "2025-10-01" }), queued("B", "2025-04-01T10:00", { releasedOn: "2025-07-01" }), queued("C", "2025-05-01T10:00")], "C"],
  ])("%s → %s", (_l, onAsset, id) => {
    const r = promoteQueue(onAsset, "2025-10-02", cal);
    expect(r.currentFirstId).toBe(id);
  });

  it("reports the skipped measure", () => {
    const r = promoteQueue([first({ releasedOn: "2025-10-01" }), queued("B", "2025-04-01T10:00", { releasedOn: "2025-07-01" }), queued("C", "2025-05-01T10:00")], "2025-10-02", cal);
    expect(r.skipped).toEqual([{ measureId: "B", reason: "released" }]);
  });

  it("equal registration times are refused: the order would be a guess", () => {
    expectDomainError(
      () => promoteQueue([first(), queued("B", "2025-04-01T10:00"), queued("C", "2025-04-01T10:00:00")], "2025-10-02", cal),
      "VALIDATION",
      "measures.2.registeredAt",
    );
  });

  it.each(["2025-04-01 10:00", "2025-04-01T24:00", "2025-02-30T10:00", "2025-04-01T10:00Z", 20250401])("malformed registeredAt %s → VALIDATION", (bad) => {
    expectDomainError(() => registrationKey(bad, "registeredAt"), "VALIDATION", "registeredAt");
  });
});

describe("chains and ends", () => {
  it("a promoted measure that in turn lapsed promotes the next (all by today)", () => {
    const vehicle = { assetType: "vehicle" as const, kind: "seize" as const };
    const onAsset = [
      first({ ...vehicle, expires: "2027-03-10" }),
      queued("B", "2025-04-01T10:00", vehicle),
      queued("C", "2025-05-01T10:00", vehicle),
    ];
    const r = promoteQueue(onAsset, "2029-03-11", cal);
    expect(r.promotions.map((p) => [p.measureId, p.effectiveFrom, p.expires])).toEqual([
      ["B", "2027-03-11", "2029-03-10"],
      ["C", "2029-03-11", "2031-03-10"],
    ]);
    expect(r.currentFirstId).toBe("C");
  });

  it("the latest-registered 'first' is the current one (history of earlier firsts is ignored)", () => {
    const onAsset = [first({ expires: "2028-03-10" }), queued("B", "2025-04-01T10:00", { position: "first", expires: "2031-03-10" }), queued("C", "2025-05-01T10:00")];
    expect(promoteQueue(onAsset, "2029-01-01", cal)).toEqual({ currentFirstId: "B", promotions: [], skipped: [] });
  });

  it("with nothing queued the asset is free after the first ends", () => {
    expect(promoteQueue([first({ releasedOn: "2025-10-01" })], "2025-10-01", cal)).toEqual({ currentFirstId: null, promotions: [], skipped: [] });
  });

  it("an empty asset", () => expect(promoteQueue([], "2025-10-01", cal).currentFirstId).toBeNull());

  it("queued measures with no first are refused", () => {
    expectDomainError(() => promoteQueue([queued("B", "2025-04-01T10:00")], "2025-10-01", cal), "VALIDATION", "position");
  });

  it("a queued measure made after the first ended takes effect on its own date (a data gap, not back-dated)", () => {
    const [p] = promoteQueue([first({ releasedOn: "2025-05-01" }), queued("B", "2025-06-01T10:00")], "2025-07-01", cal).promotions;
    expect(p).toMatchObject({ effectiveFrom: "2025-06-01", countsFrom: "2025-06-01", expires: "2028-06-01" });
  });
});

describe("termStart 'registration' (configurable; art 26 is silent)", () => {
  it("the term counts from the queued measure's own making", () => {
    const [p] = promoteQueue([first({ releasedOn: "2025-10-01" }), queued("B", "2025-04-01T10:00")], "2025-10-01", cal, { termStart: "registration" }).promotions;
    expect(p).toMatchObject({ effectiveFrom: "2025-10-01", countsFrom: "2025-04-01", expires: "2028-04-01" });
  });

  it("a stored end date (renewed while queued) prevails", () => {
    const [p] = promoteQueue([first({ releasedOn: "2025-10-01" }), queued("B", "2025-04-01T10:00", { expires: "2030-01-01" })], "2025-10-01", cal, { termStart: "registration" }).promotions;
    expect(p!.expires).toBe("2030-01-01");
  });

  it("a queued measure whose own term ran out while waiting is skipped", () => {
    // A renewed to 2028-04-05; B's own three years ended 2028-04-01, while it waited.
    const onAsset = [first({ expires: "2028-04-05" }), queued("B", "2025-04-01T10:00"), queued("C", "2026-05-01T10:00")];
    const r = promoteQueue(onAsset, "2028-04-06", cal, { termStart: "registration" });
    expect(r.skipped).toEqual([{ measureId: "B", reason: "lapsedWhileQueued" }]);
    expect(r.promotions[0]).toMatchObject({ measureId: "C", effectiveFrom: "2028-04-06", expires: "2029-05-01" });
  });

  it.each<[IsoDate, boolean]>([
    ["2028-03-09", false],
    ["2028-03-10", false],
    ["2028-03-11", true],
  ])("A's last day 2028-03-10; B's own last day %s → promoted %s (in force on 2028-03-11?)", (bExpires, promoted) => {
    const r = promoteQueue([first(), queued("B", "2025-04-01T10:00", { expires: bExpires })], "2028-03-11", cal, { termStart: "registration" });
    expect(r.currentFirstId).toBe(promoted ? "B" : null);
    expect(r.skipped).toEqual(promoted ? [] : [{ measureId: "B", reason: "lapsedWhileQueued" }]);
  });

  it("an unknown mode is refused", () => {
    expectDomainError(() => promoteQueue([first()], "2025-10-01", cal, { termStart: "never" as "promotion" }), "VALIDATION", "termStart");
  });
});

describe("a queued trademark preservation counts from the office's receipt in every mode (注册商标权保全解释 art 2)", () => {
  it.each(["promotion", "registration"] as const)("%s", (termStart) => {
    const freeze = measure({ id: "A", assetType: "trademark", registeredAt: "2025-03-10T09:00", expires: "2028-03-10", releasedOn: "2025-06-01" });
    const pres = measure({ id: "B", assetType: "trademark", context: "preservation", position: "queued", registeredAt: "2025-04-01T10:00", startDate: "2025-04-01", registryReceiptDate: "2025-04-03", expires: null });
    const [p] = promoteQueue([freeze, pres], "2025-06-01", cal, { termStart }).promotions;
    expect(p).toMatchObject({ effectiveFrom: "2025-06-01", countsFrom: "2025-04-03", expires: "2026-04-03" });
  });
});
