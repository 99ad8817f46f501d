// The foundation end to end, per audience, in Debian's Chromium against the real server:
// an applicant applies on a phone, a clerk registers, the division head assigns, an officer opens the
// case and sees its clocks, and the applicant follows the progress. Screenshots of each audience's
// main pages are saved in .test-artifacts/e2e for a reviewer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { creditCodeCheckChar } from "@zhixing/domain";
import { launchBrowser, newPage, screenshot, signIn, startServer, type Server } from "./harness";

const RESPONDENT_CODE = "91440300MA5FE2E01";
const respondentCode = RESPONDENT_CODE + creditCodeCheckChar(RESPONDENT_CODE);
const DOC_NUMBER = "(2025)京73民初9527号";

async function pickDate(page: Page, testId: string, date: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(date);
  await input.press("Enter");
}

async function pickOption(page: Page, testId: string, search: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(search);
  await page.locator(".ant-select-item-option").filter({ hasText: option }).first().click();
}

describe("foundation: from application to progress", () => {
  let server: Server;
  let browser: Browser;
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

  it("an applicant files an application on a phone", async () => {
    const { page, errors, context } = await newPage(browser, { phone: true });
    await signIn(page, server.url, "applicant");
    await expect.poll(() => page.url()).toContain("/my/cases");
    await screenshot(page, "party-my-cases-phone");
    await page.goto(`${server.url}/my/apply`);
    await pickOption(page, "court-select", "京73", "北京知识产权法院");
    await page.getByTestId("respondents-0-name").fill("深圳市端到端电子有限公司");
    await page.getByTestId("respondents-0-idNumber").fill(respondentCode);
    await page.getByTestId("basis-issuingCourt").fill("北京知识产权法院");
    await page.getByTestId("basis-documentNumber").fill(DOC_NUMBER);
    await pickDate(page, "basis-effectiveDate", "2025-06-30");
    await pickDate(page, "basis-performanceDeadline", "2025-07-10");
    await page.getByTestId("duties-0-amount").fill("500000");
    await page.getByTestId("duties-0-description").fill("赔偿经济损失及合理开支");
    await screenshot(page, "party-apply-phone");
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await page.getByTestId("apply-submit").click();
    await page.waitForURL(/\/my\/cases\/[0-9a-f-]{36}$/);
    caseId = page.url().split("/").pop()!;
    await expect.poll(() => page.getByTestId("milestone").first().getAttribute("data-done")).toBe("true");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the filing clerk finds it in the registration queue and registers it", async () => {
    const { page, errors, context } = await newPage(browser);
    await signIn(page, server.url, "clerk");
    await expect.poll(() => page.url()).toContain("/staff/workbench");
    const queue = page.getByTestId("workbench-registration-queue");
    await expect.poll(() => queue.getByTestId("queue-row").count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, "staff-workbench-clerk");
    await page.goto(`${server.url}/staff/cases/${caseId}`);
    await page.getByTestId("action-register").click();
    await expect.poll(() => page.getByTestId("action-citation").textContent()).toContain("执行工作若干问题的规定");
    await page.getByTestId("action-submit").click();
    await expect.poll(() => page.getByTestId("case-status").getAttribute("data-status")).toBe("registered");
    caseNumber = (await page.getByTestId("case-number").textContent())!.trim();
    expect(caseNumber).toMatch(/^\(\d{4}\)京73执\d+号$/);
    expect(await page.getByTestId("action-register").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the division head assigns the case to an officer", async () => {
    const { page, errors, context } = await newPage(browser);
    await signIn(page, server.url, "head");
    await page.goto(`${server.url}/staff/cases/${caseId}`);
    await page.getByTestId("action-assign").click();
    await page.getByTestId("assign-handler").click();
    await page.locator(".ant-select-item-option").filter({ hasText: "王执行" }).click();
    await page.getByTestId("action-submit").click();
    await expect.poll(() => page.getByTestId("case-status").getAttribute("data-status")).toBe("assigned");
    await expect.poll(() => page.getByTestId("case-handler").textContent()).toContain("王执行");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the officer opens the case from the case list and sees its statutory clocks", async () => {
    const { page, errors, context } = await newPage(browser);
    await signIn(page, server.url, "officer");
    await page.getByTestId("global-search").locator("input").fill(caseNumber);
    await page.getByTestId("global-search").locator("input").press("Enter");
    await expect.poll(() => page.getByTestId("case-row").count()).toBe(1);
    await page.getByTestId("case-link").first().click();
    await page.waitForURL(new RegExp(`/staff/cases/${caseId}$`));
    await expect.poll(() => page.getByTestId("case-number").textContent()).toContain(caseNumber);
    await screenshot(page, "staff-case-overview");
    await page.getByRole("tab", { name: "期限" }).click();
    const kinds = async () => page.getByTestId("clock-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-clock-kind")));
    await expect.poll(kinds).toEqual(expect.arrayContaining(["decision", "noticeOuter", "assignment", "term", "extensionRequest", "notice"]));
    expect(await page.getByTestId("clocks-table").textContent()).toContain("若干期限规定");
    await screenshot(page, "staff-case-clocks");
    // The officer, as handler, may now issue the enforcement notice.
    await page.getByTestId("action-issueNotice").click();
    await page.getByTestId("action-submit").click();
    await expect.poll(() => page.getByTestId("case-status").getAttribute("data-status")).toBe("inProgress");
    await page.goto(`${server.url}/staff/workbench`);
    await expect.poll(() => page.getByTestId("workbench-status-counts").textContent()).toBeTruthy();
    await screenshot(page, "staff-workbench-officer");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the officer requests an extension and the president approves it from the workbench", async () => {
    const officer = await newPage(browser);
    await signIn(officer.page, server.url, "officer");
    await officer.page.goto(`${server.url}/staff/cases/${caseId}`);
    await officer.page.getByTestId("action-requestExtension").click();
    await expect.poll(() => officer.page.getByTestId("action-citation").textContent()).toContain("期限");
    await officer.page.getByTestId("action-reason").fill("涉案专利评估尚未完成");
    await officer.page.getByTestId("action-submit").click();
    await expect.poll(() => officer.page.getByTestId("action-requestExtension").count()).toBe(0);
    expect(officer.errors).toEqual([]);
    await officer.context.close();

    const { page, errors, context } = await newPage(browser);
    await signIn(page, server.url, "president");
    const row = page.getByTestId("approval-row").filter({ hasText: caseNumber });
    await expect.poll(() => row.count()).toBe(1);
    await screenshot(page, "staff-workbench-president");
    await row.getByTestId("approval-case-link").click();
    await page.waitForURL(new RegExp(`/staff/cases/${caseId}$`));
    const termBefore = await page.getByTestId("term-progress").textContent();
    await page.getByTestId("action-approveExtension").click();
    await page.getByTestId("action-submit").click();
    await expect.poll(() => page.getByTestId("action-approveExtension").count()).toBe(0);
    await expect.poll(() => page.getByTestId("term-progress").textContent()).not.toBe(termBefore);
    await page.getByTestId("tab-audit").click();
    const actions = async () => page.getByTestId("audit-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));
    await expect.poll(actions).toEqual(expect.arrayContaining(["case.submit", "case.register", "case.assign", "case.requestExtension", "case.approveExtension"]));
    await screenshot(page, "staff-case-audit");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a higher-court supervisor reads the case among the lower courts' cases, without actions", async () => {
    const { page, errors, context } = await newPage(browser);
    await signIn(page, server.url, "supervisor");
    await page.goto(`${server.url}/staff/cases`);
    const row = page.getByTestId("case-row").filter({ hasText: caseNumber });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId("case-court").textContent()).toContain("北京知识产权法院");
    await screenshot(page, "staff-cases-supervisor");
    await row.getByTestId("case-link").click();
    await page.waitForURL(new RegExp(`/staff/cases/${caseId}$`));
    await expect.poll(() => page.getByTestId("case-number").textContent()).toContain(caseNumber);
    expect(await page.locator('[data-testid^="action-"]').count()).toBe(0);
    await page.getByTestId("tab-audit").click();
    await expect.poll(() => page.getByTestId("audit-row").count()).toBeGreaterThanOrEqual(6);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the statutory calendar page says 2027 is provisional until the official arrangement is loaded", async () => {
    const { page, errors, context } = await newPage(browser);
    await signIn(page, server.url, "admin");
    await page.goto(`${server.url}/staff/calendar?year=2027`);
    await expect.poll(() => page.getByTestId("calendar-source").getAttribute("data-source")).toBe("fallback");
    expect(await page.getByTestId("calendar-provisional").count()).toBe(1);
    await page.goto(`${server.url}/staff/calendar?year=2025`);
    await expect.poll(() => page.getByTestId("calendar-source").getAttribute("data-source")).toBe("official");
    expect(await page.getByTestId("calendar-holidays").textContent()).toContain("2025-10-08");
    await screenshot(page, "staff-calendar");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the applicant sees the progress on the phone, in Chinese and in English", async () => {
    const { page, errors, context } = await newPage(browser, { phone: true });
    await signIn(page, server.url, "applicant");
    await page.goto(`${server.url}/my/cases/${caseId}`);
    const done = async () =>
      page.getByTestId("milestone").evaluateAll((ms) => ms.map((m) => [m.getAttribute("data-key"), m.getAttribute("data-done")]));
    await expect.poll(done).toEqual([
      ["applied", "true"],
      ["registered", "true"],
      ["assigned", "true"],
      ["noticeIssued", "true"],
      ["closed", "false"],
    ]);
    expect(await page.textContent("body")).toContain(caseNumber);
    await screenshot(page, "party-progress-phone-zh");
    await page.getByTestId("lang-switch").getByText("English").click();
    await expect.poll(() => page.textContent("body")).toMatch(/Registered|registered/);
    await screenshot(page, "party-progress-phone-en");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the public calculators page answers without sign-in", async () => {
    const { page, errors, context } = await newPage(browser);
    await page.goto(`${server.url}/calculators`);
    await page.getByTestId("calc-fee-amount").fill("1000000");
    await page.getByTestId("calc-fee-submit").click();
    await expect.poll(() => page.getByTestId("calc-fee-result").textContent()).toContain("12,400.00");
    await screenshot(page, "public-calculators");
    expect(errors).toEqual([]);
    await context.close();
  });
});
