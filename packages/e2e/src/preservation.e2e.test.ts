// Preservation cases (执保) end to end: the filing clerk registers a conduct-preservation case from a
// pre-suit ruling, it is docketed on its own 执保 sequence, assigned, and the handler records a
// compliance check of the cease-infringement order with its evidence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { creditCodeCheckChar } from "@zhixing/domain";
import { launchBrowser, newPage, screenshot, signIn, startServer, type Server } from "./harness";

const code = (first17: string) => first17 + creditCodeCheckChar(first17);

async function pickDate(page: Page, testId: string, date: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(date);
  await input.press("Enter");
}

describe("preservation case (执保)", () => {
  let server: Server;
  let browser: Browser;
  let caseUrl = "";

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the filing clerk registers a conduct-preservation case and dockets it as 执保", async () => {
    const { page, errors, context } = await newPage(browser);
    await signIn(page, server.url, "clerk");
    await page.goto(`${server.url}/staff/preservation/new`);
    await page.getByTestId("applicants-0-name").fill("北京创新科技有限公司");
    await page.getByTestId("applicants-0-idNumber").fill(code("91110108MA01ABCD2"));
    await page.getByTestId("respondents-0-name").fill("深圳市仿冒电子有限公司");
    await page.getByTestId("respondents-0-idNumber").fill(code("91440300MA5FE2E02"));
    await page.getByTestId("preservation-kind").getByText("行为保全").click();
    await page.getByTestId("ruling-court").fill("北京知识产权法院");
    await page.getByTestId("ruling-documentNumber").fill("(2026)京73行保1号");
    await pickDate(page, "ruling-date", "2026-11-20");
    await page.getByTestId("preservation-ceaseOrder").fill("被申请人立即停止制造、销售侵害涉案专利权的产品");
    await page.getByTestId("preservation-submit").click();
    await page.waitForURL(/\/staff\/cases\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    await expect.poll(() => page.getByTestId("preservation-card-kind").getAttribute("data-kind")).toBe("conduct");
    await page.getByTestId("action-register").click();
    // The register request must succeed; then the header shows the 执保 number.
    const [registered] = await Promise.all([
      page.waitForResponse((r) => r.url().includes("/actions/register") && r.request().method() === "POST"),
      page.getByTestId("action-submit").click(),
    ]);
    expect(registered.status(), await registered.text()).toBe(200);
    await expect.poll(() => page.getByTestId("case-number").textContent(), { timeout: 30_000 }).toMatch(/^\(\d{4}\)京73执保\d+号$/);
    await screenshot(page, "staff-preservation-case");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the handler records a compliance check of the cease order with its evidence", async () => {
    const head = await newPage(browser);
    await signIn(head.page, server.url, "head");
    await head.page.goto(caseUrl);
    await head.page.getByTestId("action-assign").click();
    await head.page.getByTestId("assign-handler").click();
    await head.page.locator(".ant-select-item-option").filter({ hasText: "王执行" }).click();
    await head.page.getByTestId("action-submit").click();
    await expect.poll(() => head.page.getByTestId("case-status").getAttribute("data-status")).toBe("assigned");
    await head.context.close();

    const { page, errors, context } = await newPage(browser);
    await signIn(page, server.url, "officer");
    await page.goto(caseUrl);
    await pickDate(page, "compliance-date", "2026-11-24");
    await page.getByTestId("compliance-result").getByText(/违反/).click();
    await page.getByTestId("compliance-evidence").fill("现场检查发现被申请人仍在销售涉案产品，已拍照并制作检查笔录");
    await page.getByTestId("compliance-submit").click();
    await expect.poll(() => page.locator('[data-testid="compliance-row"][data-result="violation"]').count()).toBe(1);
    await screenshot(page, "staff-preservation-compliance");
    expect(errors).toEqual([]);
    await context.close();
  });
});
