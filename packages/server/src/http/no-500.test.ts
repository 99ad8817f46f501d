// Every route in the OpenAPI document, sent malformed input by a signed-in user and by an anonymous
// one, answers with a 2xx or a 4xx in the one error shape: never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type Client, type TestApp } from "../testing/test-app";

const JUNK: (string | undefined)[] = [
  undefined,
  "{}",
  "[]",
  '"text"',
  "0",
  "null",
  "{not json",
  JSON.stringify({ a: { b: [1, 2, { c: "x".repeat(5000) }] } }),
  JSON.stringify({ reason: 123, mode: [], handlerId: {}, courtId: "bj-ip", respondents: [{}], duties: [{ kind: "monetary", amountFen: 1e308 }] }),
];
// Values for path parameters; any parameter not named here (a new route's) gets the default set.
const DEFAULT_PARAM = ["00000000-0000-4000-8000-000000000000", "not-a-uuid", "%00", "1 or 1=1"];
const PARAMS: Record<string, string[]> = {
  action: ["register", "close", "fly"],
  year: ["2027", "1900", "abc", "99999999999"],
};
const paramValues = (name: string): string[] => PARAMS[name] ?? DEFAULT_PARAM;
const QUERIES = ["", "?page=-1&pageSize=100000&amountFen=1e309&from=0000-00-00&days=-1&q=%27%3B--&status=__proto__"];

function urlsFor(path: string): string[] {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  if (!names.length) return [path];
  return paramValues(names[0]!).map((_, i) => names.reduce((p, n) => p.replace(`{${n}}`, encodeURIComponent(paramValues(n)[i % paramValues(n).length]!)), path));
}

describe("no input produces a 500 (PGlite)", () => {
  let t: TestApp;
  let clerk: Client;
  let routes: { method: string; path: string }[] = [];
  beforeAll(async () => {
    t = await createTestApp("pglite");
    clerk = await t.login("clerk");
    const doc = (await t.app.inject({ method: "GET", url: "/docs/json" })).json() as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
  });
  afterAll(async () => t?.close());

  it("answers junk on every documented route with 2xx/4xx and a bilingual error body", async () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
    const failures: string[] = [];
    const seen = { requests: 0, ok: 0, client: 0 };
    for (const r of routes) {
      for (const url of urlsFor(r.path)) {
        for (const body of r.method === "GET" ? [undefined] : JUNK) {
          for (const query of QUERIES) {
            for (const signedIn of [true, false]) {
              const headers: Record<string, string> = signedIn ? { cookie: clerk.cookie!, "x-csrf-token": clerk.csrf } : {};
              if (body !== undefined) headers["content-type"] = "application/json";
              const res = await t.app.inject({ method: r.method as "GET", url: url + query, headers, ...(body === undefined ? {} : { payload: body }) });
              seen.requests++;
              if (res.statusCode < 400) seen.ok++;
              else if (res.statusCode < 500) seen.client++;
              const label = `${signedIn ? "clerk" : "anon"} ${r.method} ${url}${query} ${body?.slice(0, 30) ?? ""}`;
              if (res.statusCode >= 500) failures.push(`${label} → ${res.statusCode} ${res.body.slice(0, 160)}`);
              else if (res.statusCode >= 400) {
                const err = (res.json() as { error?: { code?: string; message?: { zh?: string; en?: string } } }).error;
                if (!err?.code || !err.message?.zh || !err.message?.en) failures.push(`${label} → ${res.statusCode} without the error shape: ${res.body.slice(0, 120)}`);
              }
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // Not vacuous: many requests, some accepted, most refused.
    expect(seen.requests).toBeGreaterThan(500);
    expect(seen.ok).toBeGreaterThan(10);
    expect(seen.client).toBeGreaterThan(400);
  }, 180_000);
});
