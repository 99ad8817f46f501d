// Bad input to each field gets a 4xx that names the field, in zh-CN and en, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type Client, type TestApp } from "../testing/test-app";
import { validApplication } from "../testing/fixtures";
import { residentId } from "../seed/demo.seed";

const wrongCheck = (id: string) => id.slice(0, -1) + (id.endsWith("1") ? "2" : "1");

type Row = [string, (body: ReturnType<typeof validApplication>) => unknown, number, string];

const set = (path: string, value: unknown) => (body: ReturnType<typeof validApplication>) => {
  const copy = structuredClone(body) as Record<string, unknown>;
  const keys = path.split(".");
  let cur = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
  if (value === undefined) delete cur[keys.at(-1)!];
  else cur[keys.at(-1)!] = value;
  return copy;
};

const APPLICATION_ROWS: Row[] = [
  ["unknown court", set("courtId", "nowhere"), 400, "courtId"],
  ["court missing", set("courtId", undefined), 400, "courtId"],
  ["the supreme court takes no enforcement cases here", set("courtId", "spc"), 403, "courtId"],
  ["another court's clerk cannot file for it", set("courtId", "sh-ip"), 403, "courtId"],
  ["no respondents", set("respondents", []), 400, "respondents"],
  ["respondent kind unknown", set("respondents.0.kind", "alien"), 400, "respondents.0.kind"],
  ["respondent name empty", set("respondents.0.name", "   "), 400, "respondents.0.name"],
  ["resident ID with a wrong check digit (GB 11643)", set("respondents.0.idNumber", wrongCheck(residentId("44030519900101021"))), 400, "respondents.0.idNumber"],
  ["a company identified by a resident ID", set("respondents.0.kind", "legalPerson"), 400, "respondents.0.idType"],
  ["resident ID too short", set("respondents.0.idNumber", "44030519900101"), 400, "respondents.0.idNumber"],
  ["credit code with a wrong check character (GB 32100)", set("applicants.0.idNumber", "91110108MA01ABCD20"), 400, "applicants.0.idNumber"],
  ["phone not a number", set("respondents.0.phone", "call me"), 400, "respondents.0.phone"],
  ["unknown field", set("respondents.0.nickname", "x"), 400, "respondents.0.nickname"],
  ["effective date not a date", set("basis.effectiveDate", "2025-02-30"), 400, "basis.effectiveDate"],
  ["effective date in the wrong format", set("basis.effectiveDate", "30/06/2025"), 400, "basis.effectiveDate"],
  ["performance deadline before effect", set("basis.performanceDeadline", "2025-06-01"), 400, "basis.performanceDeadline"],
  ["effective after the application", set("basis.effectiveDate", "2025-12-01"), 400, "basis.effectiveDate"],
  ["right type unknown", set("basis.rightType", "magic"), 400, "basis.rightType"],
  ["document number missing", set("basis.documentNumber", undefined), 400, "basis.documentNumber"],
  ["no duties", set("duties", []), 400, "duties"],
  ["money not in whole fen", set("duties.0.amountFen", 100.5), 400, "duties.0.amountFen"],
  ["negative money", set("duties.0.amountFen", -1), 400, "duties.0.amountFen"],
  ["money as a string", set("duties.0.amountFen", "100"), 400, "duties.0.amountFen"],
  ["conduct duty without proof", set("duties.1.proofRequired", undefined), 400, "duties.1.proofRequired"],
  ["application date in the future", set("applicationDate", "2025-12-31"), 400, "applicationDate"],
  ["instalment before effect", set("basis.instalments", [{ dueDate: "2025-01-01", amountFen: 100 }]), 400, "basis.instalments.0.dueDate"],
];

describe.each(TEST_BACKENDS)("bad input on %s", (kind) => {
  let t: TestApp;
  let clerk: Client;
  const count = async () =>
    Number((await t.database.db.selectFrom("cases").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow()).n);
  const audits = async () =>
    Number((await t.database.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<string>().as("n")).where("action", "like", "case.%").executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    clerk = await t.login("clerk");
  });
  afterAll(async () => t?.close());

  it.each(APPLICATION_ROWS)("application: %s → %i on %s", async (_name, mutate, status, field) => {
    const before = [await count(), await audits()];
    const res = await clerk.post("/api/v1/cases", mutate(validApplication()));
    expect(res.statusCode).toBe(status);
    const err = res.json().error;
    expect(err.field).toBe(field);
    expect(err.message.zh).toMatch(/[\u4e00-\u9fa5]/);
    expect(err.message.en).toMatch(/[a-z]/i);
    expect([await count(), await audits()]).toEqual(before);
  });

  it("accepts the valid application the table starts from", async () => {
    expect((await clerk.post("/api/v1/cases", validApplication())).statusCode).toBe(201);
  });

  it.each([
    ["/api/v1/calc/fee?amountFen=-5", "amountFen"],
    ["/api/v1/calc/fee?amountFen=1.5", "amountFen"],
    ["/api/v1/calc/fee", "amountFen"],
    ["/api/v1/calc/preservation-fee?amountFen=abc", "amountFen"],
    ["/api/v1/calc/interest?principalFen=100", "days"],
    ["/api/v1/calc/interest?principalFen=100&days=5&from=2025-01-01&to=2025-02-01", "days"],
    ["/api/v1/calc/interest?principalFen=100&from=2025-03-01&to=2025-02-01", "to"],
    ["/api/v1/calc/deadline?from=2025-13-01&days=3", "from"],
    ["/api/v1/calc/deadline?from=2025-09-20", "days"],
    ["/api/v1/calc/deadline?from=2025-09-20&days=3&months=1", "days"],
    ["/api/v1/calc/deadline?from=2025-09-20&days=99999", "days"],
    ["/api/v1/calc/deadline?from=2150-01-01&days=1", "from"],
    ["/api/v1/calc/fee?amountFen=1&extra=1", "extra"],
  ])("calculator %s → 400 naming %s", async (url, field) => {
    const res = await t.anonymous().get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });

  it.each([
    ["register", { extra: 1 }, 400, "extra"],
    ["refuse", { reason: "" }, 400, "reason"],
    ["refuse", {}, 400, "reason"],
    ["assign", { handlerId: "not-a-uuid" }, 400, "handlerId"],
    ["close", { mode: "vanished", reason: "理由充分" }, 400, "mode"],
  ])("action %s with %j → %i naming %s, and nothing changes", async (action, body, status, field) => {
    const c = (await clerk.post("/api/v1/cases", validApplication())).json();
    const before = await audits();
    const res = await clerk.post(`/api/v1/cases/${c.id}/actions/${action}`, body);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.field).toBe(field);
    expect(await audits()).toBe(before);
    expect((await clerk.get(`/api/v1/cases/${c.id}`)).json().status).toBe("applied");
  });

  it("refuses an assignment to someone who is not an officer of the court", async () => {
    const c = (await clerk.post("/api/v1/cases", validApplication())).json();
    await clerk.post(`/api/v1/cases/${c.id}/actions/register`, {});
    const head = await t.login("head");
    const res = await head.post(`/api/v1/cases/${c.id}/actions/assign`, { handlerId: (await t.user("clerk")).id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("handlerId");
    expect((await head.get(`/api/v1/cases/${c.id}`)).json().status).toBe("registered");
  });

  it.each([
    ["username too short", { username: "ab" }, "username"],
    ["username with spaces", { username: "a b c" }, "username"],
    ["password too short", { password: "short" }, "password"],
    ["unknown party kind", { kind: "robot" }, "kind"],
    ["resident ID with a wrong check digit", { idType: "residentId", idNumber: "110108198503151230" }, "idNumber"],
    ["credit code with a wrong check character", { kind: "legalPerson", idType: "creditCode", idNumber: "91110108MA01ABCD20" }, "idNumber"],
    ["email malformed", { email: "not-an-email" }, "email"],
    ["taken username", { username: "clerk" }, "username"],
  ])("applicant registration: %s → 4xx naming %s, no user created", async (_name, change, field) => {
    const users = async () => Number((await t.database.db.selectFrom("users").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow()).n);
    const before = await users();
    const body = { username: "newapplicant", password: "long-enough-pw", displayName: "某某公司", kind: "naturalPerson", idType: "residentId", idNumber: residentId("11010819850315123"), ...change };
    const res = await t.app.inject({ method: "POST", url: "/api/v1/auth/register", payload: body });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().error.field).toBe(field);
    expect(await users()).toBe(before);
  });

  it("answers two simultaneous registrations of one username with one account and one 409, never a 500", async () => {
    const body = { username: "racer", password: "long-enough-pw", displayName: "某某", kind: "naturalPerson", idType: "residentId", idNumber: residentId("11010819850315123") };
    const results = await Promise.all([1, 2, 3].map(() => t.app.inject({ method: "POST", url: "/api/v1/auth/register", payload: body })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    const rows = await t.database.db.selectFrom("users").select("id").where("username", "=", "racer").execute();
    expect(rows).toHaveLength(1);
  });

  it("answers malformed requests with a 4xx, never a 500", async () => {
    const cases = [
      await t.app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "content-type": "application/json" }, payload: "{not json" }),
      await t.app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "content-type": "text/plain" }, payload: "hello" }),
      await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: "clerk" } }),
      await t.app.inject({ method: "GET", url: "/api/v1/cases/not-a-uuid", headers: {} }),
      await clerk.get("/api/v1/cases/00000000-0000-4000-8000-000000000000"),
      await clerk.post("/api/v1/cases/00000000-0000-4000-8000-000000000000/actions/fly", {}),
      await t.app.inject({ method: "GET", url: "/api/v1/nothing-here" }),
      await clerk.get("/api/v1/cases?page=0"),
      await clerk.get("/api/v1/cases?status=unknown"),
    ];
    for (const res of cases) {
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, res.body).toBeLessThan(500);
      expect(res.json().error.message.zh).toBeTruthy();
    }
  });

  it("requires sign-in, the right role and the CSRF token", async () => {
    expect((await t.anonymous().get("/api/v1/cases")).statusCode).toBe(401);
    expect((await t.anonymous().get("/api/v1/workbench")).statusCode).toBe(401);
    const forged = await t.app.inject({ method: "POST", url: "/api/v1/cases", headers: { cookie: "zx_session=forged" }, payload: validApplication() });
    expect(forged.statusCode).toBe(401);
    const login = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: "clerk", password: "zhixing-demo" } });
    const cookie = `zx_session=${login.cookies.find((c) => c.name === "zx_session")!.value}`;
    const missing = await t.app.inject({ method: "POST", url: "/api/v1/cases", headers: { cookie }, payload: validApplication() });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe("CSRF");
    const wrong = await t.app.inject({ method: "POST", url: "/api/v1/cases", headers: { cookie, "x-csrf-token": "x".repeat(32) }, payload: validApplication() });
    expect(wrong.statusCode).toBe(403);
    expect((await (await t.login("officer")).post("/api/v1/cases", validApplication())).statusCode).toBe(403);
    const bad = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: "clerk", password: "wrong-password" } });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.field).toBe("password");
  });
});
