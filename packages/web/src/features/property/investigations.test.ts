// What the investigation card decides on its own (the server decides for real): the clock's label, who
// is offered "record a request", and the requests the API functions send.
import { afterEach, describe, expect, it, vi } from "vitest";
import { completeInvestigation, fetchInvestigations, requestInvestigation, startInvestigation, type InvestigationRequest } from "./api/investigations";
import { investigationClockState, investigationStartState, mayRecordInvestigation, mayStartInvestigation, type InvestigationClockState } from "./investigations";

const BASIS = { law: "若干期限规定(2006)", article: "art 7 (believed)", en: "SPC Provisions on Time Limits in Enforcement Cases (2006)" };
const clock = (c: Partial<NonNullable<InvestigationRequest["clock"]>>): Pick<InvestigationRequest, "clock"> => ({
  clock: { due: "2025-10-15", status: "open", metDate: null, overdue: false, provisional: false, basis: BASIS, ...c },
});

describe("investigationClockState", () => {
  it.each<[string, Pick<InvestigationRequest, "clock">, InvestigationClockState]>([
    ["open, before the due date", clock({}), "running"],
    ["open, past the due date (the server's overdue)", clock({ overdue: true }), "overdue"],
    ["met on the due date: in time", clock({ status: "met", metDate: "2025-10-15" }), "done"],
    ["met before the due date", clock({ status: "met", metDate: "2025-09-20" }), "done"],
    ["met the day after the due date: late", clock({ status: "met", metDate: "2025-10-16" }), "doneLate"],
    ["cancelled", clock({ status: "cancelled" }), "cancelled"],
    ["no clock", { clock: null }, "none"],
  ])("%s → %s", (_l, r, state) => {
    expect(investigationClockState(r)).toBe(state);
  });
});

describe("investigationStartState: the start clock (若干期限规定 art 6), read like the completion clock", () => {
  const start = (c: Partial<NonNullable<InvestigationRequest["startClock"]>>): Pick<InvestigationRequest, "startClock"> => ({
    startClock: { due: "2025-09-25", status: "open", metDate: null, overdue: false, provisional: false, basis: { ...BASIS, article: "art 6" }, ...c },
  });
  it.each<[string, Pick<InvestigationRequest, "startClock">, InvestigationClockState]>([
    ["open, before the due date", start({}), "running"],
    ["open, past the due date", start({ overdue: true }), "overdue"],
    ["started on the due date", start({ status: "met", metDate: "2025-09-25" }), "done"],
    ["started the day after", start({ status: "met", metDate: "2025-09-26" }), "doneLate"],
    ["cancelled (the case closed)", start({ status: "cancelled" }), "cancelled"],
    ["a request from before the start clock", { startClock: null }, "none"],
  ])("%s → %s", (_l, r, state) => {
    expect(investigationStartState(r)).toBe(state);
  });
});

describe("mayStartInvestigation: a request awaiting the investigation whose start clock is open", () => {
  const k = (status: "open" | "met" | "cancelled", overdue = false) => ({ due: "2025-09-25", status, metDate: status === "met" ? "2025-09-20" : null, overdue, provisional: false, basis: BASIS });
  it.each<[string, Pick<InvestigationRequest, "status" | "startClock">, boolean]>([
    ["not yet started", { status: "requested", startClock: k("open") }, true],
    ["not yet started, overdue", { status: "requested", startClock: k("open", true) }, true],
    ["already started (by hand or by an online inquiry)", { status: "requested", startClock: k("met") }, false],
    ["completed", { status: "completed", startClock: k("met") }, false],
    ["cancelled with the case", { status: "requested", startClock: k("cancelled") }, false],
    ["no start clock (the server would refuse)", { status: "requested", startClock: null }, false],
  ])("%s → %s", (_l, r, expected) => {
    expect(mayStartInvestigation(r)).toBe(expected);
  });
});

describe("mayRecordInvestigation: staff of the case's court who receive requests, while the case is open", () => {
  const open = { courtId: "bj-ip", status: "inProgress" };
  it.each<[string, { role: string; courtId: string | null }, { courtId: string; status: string }, boolean]>([
    ["an officer of the court", { role: "officer", courtId: "bj-ip" }, open, true],
    ["the division head", { role: "divisionHead", courtId: "bj-ip" }, open, true],
    ["a filing clerk", { role: "filingClerk", courtId: "bj-ip" }, open, true],
    ["a registered, not yet assigned case", { role: "filingClerk", courtId: "bj-ip" }, { courtId: "bj-ip", status: "registered" }, true],
    ["an officer of another court", { role: "officer", courtId: "sh-ip" }, open, false],
    ["the president", { role: "president", courtId: "bj-ip" }, open, false],
    ["a supervisor", { role: "supervisor", courtId: "bj-high" }, open, false],
    ["a closed case", { role: "officer", courtId: "bj-ip" }, { courtId: "bj-ip", status: "closed" }, false],
    ["an application not yet registered", { role: "officer", courtId: "bj-ip" }, { courtId: "bj-ip", status: "applied" }, false],
  ])("%s → %s", (_l, user, detail, expected) => {
    expect(mayRecordInvestigation(user as Parameters<typeof mayRecordInvestigation>[0], detail as Parameters<typeof mayRecordInvestigation>[1])).toBe(expected);
  });
});

describe("the investigation API calls", () => {
  afterEach(() => vi.unstubAllGlobals());
  const stub = (status: number, body: unknown) => {
    const f = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));
    vi.stubGlobal("fetch", f);
    return f;
  };
  const sent = (f: ReturnType<typeof stub>) => {
    const [url, init] = f.mock.calls[0] as unknown as [string, RequestInit];
    return { url, method: init.method, body: init.body === undefined ? undefined : JSON.parse(init.body as string) };
  };

  it("lists, files and completes at the case's URLs with the exact bodies", async () => {
    let f = stub(200, { items: [] });
    await fetchInvestigations("c 1");
    expect(sent(f)).toEqual({ url: "/api/v1/cases/c%201/investigation-requests", method: "GET", body: undefined });
    f = stub(201, { id: "r" });
    await requestInvestigation("c1", { scope: "银行账户" });
    expect(sent(f)).toEqual({ url: "/api/v1/cases/c1/investigation-requests", method: "POST", body: { scope: "银行账户" } });
    f = stub(200, { id: "r" });
    await completeInvestigation("c1", "r1", { result: "未发现财产" });
    expect(sent(f)).toEqual({ url: "/api/v1/cases/c1/investigation-requests/r1/complete", method: "POST", body: { result: "未发现财产" } });
  });

  it("starts at the request's URL with an empty body; 'already started' arrives as a 409 naming the request", async () => {
    let f = stub(200, { id: "r1" });
    await startInvestigation("c 1", "r/1");
    expect(sent(f)).toEqual({ url: "/api/v1/cases/c%201/investigation-requests/r%2F1/start", method: "POST", body: {} });
    f = stub(409, { error: { code: "CONFLICT", field: "requestId", message: { zh: "该财产调查已经启动", en: "This investigation has already been started" } } });
    await expect(startInvestigation("c1", "r1")).rejects.toMatchObject({ status: 409, field: "requestId", error: { message: { en: "This investigation has already been started" } } });
  });

  it("a refusal arrives as an ApiError naming the field, in both languages", async () => {
    stub(409, { error: { code: "CONFLICT", field: "requestId", message: { zh: "该财产调查已经完成", en: "This investigation has already been completed" } } });
    await expect(completeInvestigation("c1", "r1", { result: "再次记录" })).rejects.toMatchObject({
      status: 409,
      field: "requestId",
      error: { message: { zh: "该财产调查已经完成", en: "This investigation has already been completed" } },
    });
  });
});
