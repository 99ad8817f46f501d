// Issue 5 end to end, in Debian's Chromium against the real server (失信规定(2017) arts 6, 7, 10): an
// officer lists a respondent on the dishonest-debtor list from the staff credit tab; the public lookup
// (no sign-in) shows the entry with the ID masked and the raw ID nowhere in the page; the respondent
// pays in full (the officer records every duty done and closes the case as 执行完毕); the deletion job
// (run by an administrator through POST /admin/jobs/credit-deletion/run — PGlite is single-process, so
// the CLI cannot open the served data dir) deletes the entry within 3 working days, and the public
// lookup no longer shows it. Listing also creates the mandatory consumption restriction awaiting the
// president's signature (限制消费规定 art 1 para 2).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { maskIdNumber, residentIdCheckChar } from "@zhixing/domain";
import { launchBrowser, newPage, screenshot, signIn, startServer, type Server } from "./harness";

// The demo respondent 张某某 (packages/server/src/seed/demo.seed.ts, DEMO_RESPONDENT_ID).
const RAW_ID = "11010819850315123" + residentIdCheckChar("11010819850315123");

/**
 * Picks an option of an antd Select and waits until the select shows it and no dropdown is open. On a
 * loaded machine the previous select's dropdown may still be fading out over this one (seen in CI: the
 * ground was never chosen), so the open-and-click is retried until the choice shows.
 */
async function chooseOption(page: Page, testId: string, option: string | RegExp): Promise<void> {
  const select = page.getByTestId(testId);
  await expect
    .poll(
      async () => {
        if ((await page.locator(".ant-select-dropdown:visible").count()) === 0) await select.click();
        const item = page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter({ hasText: option }).first();
        if ((await item.count()) > 0) await item.click({ timeout: 5_000 }).catch(() => undefined);
        return (await select.textContent()) ?? "";
      },
      { timeout: 45_000 },
    )
    .toMatch(option);
  await expect.poll(() => page.locator(".ant-select-dropdown:visible").count(), { timeout: 15_000 }).toBe(0);
}

async function lookup(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/dishonest`);
  await page.getByTestId("dishonest-name").fill("张某某");
  await page.getByTestId("dishonest-submit").click();
  await expect.poll(async () => (await page.getByTestId("dishonest-entry").count()) + (await page.getByTestId("dishonest-empty").count()), { timeout: 15_000 }).toBeGreaterThan(0);
}

describe("the dishonest-debtor list end to end", { timeout: 240_000 }, () => {
  let server: Server;
  let browser: Browser;
  let caseUrl = "";
  let caseId = "";
  let caseNumber = "";

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the officer issues the notice and lists the respondent from the credit tab", async () => {
    const { page, errors, context } = await newPage(browser);
    await signIn(page, server.url, "officer");
    await page.goto(`${server.url}/staff/cases?q=${encodeURIComponent("张某某")}&scope=court`);
    const rows = page.getByTestId("case-row").filter({ hasNotText: "执保" });
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByTestId("case-link").click();
    await page.waitForURL(/\/staff\/cases\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    caseId = caseUrl.split("/").pop()!;
    await page.getByTestId("action-issueNotice").click();
    await page.getByTestId("action-submit").click();
    await expect.poll(() => page.getByTestId("case-status").getAttribute("data-status")).toBe("inProgress");

    await page.getByTestId("tab-credit").click();
    await page.getByTestId("credit-list").click();
    await chooseOption(page, "credit-party", "张某某");
    await chooseOption(page, "credit-ground", /违反财产报告制度/);
    const boxes = page.getByTestId("credit-evidence").locator("input[type=checkbox]");
    await expect.poll(() => boxes.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    const listed = page.waitForResponse((r) => r.url().endsWith(`/api/v1/cases/${caseId}/dishonest-listings`) && r.request().method() === "POST", { timeout: 90_000 });
    await page.getByTestId("credit-submit").click();
    expect((await listed).status()).toBe(201);
    await expect.poll(() => page.getByTestId("credit-listing").count()).toBe(1);
    expect(await page.getByTestId("credit-listing-status").first().textContent()).toContain("在名单中");
    // 限制消费规定 art 1 para 2: the listing created the consumption restriction, awaiting the president's signature.
    await expect.poll(() => page.getByTestId("credit-restriction-status").count()).toBe(1);
    await screenshot(page, "credit-staff-listed");
    caseNumber = (await page.getByTestId("case-number").first().textContent().catch(() => "")) ?? "";
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the public lookup (no sign-in) shows the entry with the ID masked, the raw ID nowhere in the page", async () => {
    const { page, errors, context } = await newPage(browser, { phone: true });
    await lookup(page, server.url);
    const entries = page.getByTestId("dishonest-entry");
    await expect.poll(() => entries.count()).toBe(1);
    const text = (await entries.first().textContent()) ?? "";
    expect(text).toContain("张某某");
    expect(text).toContain(maskIdNumber(RAW_ID));
    if (caseNumber) expect(text).toContain(caseNumber.trim());
    const html = await page.content();
    expect(html).not.toContain(RAW_ID);
    expect(html).not.toContain(RAW_ID.slice(6, 14)); // not even the birth date digits in a row
    await screenshot(page, "credit-public-listed-phone");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the respondent pays in full: the officer records every duty done and closes the case as completed", async () => {
    const { page, errors, context } = await newPage(browser);
    await signIn(page, server.url, "officer");
    await page.goto(caseUrl);
    const modal = page.getByTestId("action-modal");
    const duties = async () => page.evaluate(async (id) => (await (await fetch(`/api/v1/cases/${id}`)).json()).duties as { done: boolean }[], caseId);
    let open = (await duties()).filter((d) => !d.done).length;
    expect(open).toBeGreaterThan(0);
    for (let guard = 0; open > 0 && guard < 10; guard++) {
      await page.getByTestId("action-recordDutyDone").click();
      await page.getByTestId("duty-select").click();
      const option = page.locator(".ant-select-dropdown:visible .ant-select-item-option").first();
      await option.waitFor({ state: "visible" });
      await option.click();
      await modal.locator("textarea").first().fill("执行款已全部到账，侵权产品已下架并销毁（现场核查笔录）");
      const done = page.waitForResponse((r) => r.url().endsWith(`/api/v1/cases/${caseId}/actions/recordDutyDone`), { timeout: 90_000 });
      await page.getByTestId("action-submit").click();
      const res = await done;
      expect(res.status(), await res.text()).toBe(200);
      await expect.poll(() => modal.count()).toBe(0);
      open = (await duties()).filter((d) => !d.done).length;
    }
    expect(open).toBe(0);
    await page.getByTestId("action-close").click();
    await chooseOption(page, "close-mode", /执行完毕/);
    await page.getByTestId("action-reason").fill("被执行人已全部履行");
    const closed = page.waitForResponse((r) => r.url().endsWith(`/api/v1/cases/${caseId}/actions/close`), { timeout: 90_000 });
    await page.getByTestId("action-submit").click();
    expect((await closed).status()).toBe(200);
    await expect.poll(() => page.getByTestId("case-status").getAttribute("data-status")).toBe("closed");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the deletion job deletes the entry within 3 working days and the public lookup no longer shows it", async () => {
    const { page, errors, context } = await newPage(browser);
    await signIn(page, server.url, "admin");
    const run = await page.evaluate(async () => {
      const s = await (await fetch("/api/v1/auth/session")).json();
      const r = await fetch("/api/v1/admin/jobs/credit-deletion/run", { method: "POST", headers: { "content-type": "application/json", "x-csrf-token": s.csrfToken }, body: "{}" });
      return { status: r.status, body: await r.json() };
    });
    expect(run.status).toBe(200);
    const entry = (run.body.entries as { caseId: string; condition: string; occurredOn: string; due: string }[]).find((e) => e.caseId === caseId);
    expect(entry).toMatchObject({ condition: "performed" });
    const credit = await page.evaluate(async (id) => (await (await fetch(`/api/v1/cases/${id}/credit`)).json()) as { listings: { status: string; deletion: { deletedDate: string; due: string; byJob: boolean } }[] }, caseId);
    expect(credit.listings[0]).toMatchObject({ status: "deleted", deletion: { byJob: true, due: entry!.due } });
    // 失信规定 art 10: deleted within 3 working days of the condition (the job deletes it at once).
    expect(credit.listings[0]!.deletion.deletedDate >= entry!.occurredOn).toBe(true);
    expect(credit.listings[0]!.deletion.deletedDate <= entry!.due).toBe(true);
    expect(errors).toEqual([]);
    await context.close();

    const pub = await newPage(browser);
    await lookup(pub.page, server.url);
    expect(await pub.page.getByTestId("dishonest-entry").count()).toBe(0);
    expect(await pub.page.getByTestId("dishonest-empty").count()).toBe(1);
    expect(await pub.page.content()).not.toContain(RAW_ID);
    await screenshot(pub.page, "credit-public-deleted");
    expect(pub.errors).toEqual([]);
    await pub.context.close();
  });
});
