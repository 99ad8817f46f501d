// 代履行 in Chromium against the real `zhixing serve --demo`: on demo case 2 (against 张某某, whose
// judgment also orders the destruction of goods and moulds — seed/conduct.seed.ts) the officer appoints a
// qualified substitute performer (民诉法 art 263; 民诉法解释 art 501) and fixes the cost with its list and
// vouchers, ordering the respondent to prepay within 1 day (art 502 para 1). The server's clock is then
// moved 15 days on (an --import preload, as auction.e2e does): the prepayment period has run out, so the
// officer turns the unpaid cost into a monetary duty of the case; the performer's completion is recorded
// with quantities and photos; and the respondent, signed in on a phone, sees the cost list with its
// vouchers (art 502 para 2) — which it could not see before performance.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, newPage, screenshot, signIn, startServer, type Server } from "./harness";

const PRELOAD = `// Shifts the process's clock by the offset (ms) in $ZX_E2E_CLOCK_FILE, re-read every 100 ms.
import { readFileSync } from "node:fs";
const file = process.env.ZX_E2E_CLOCK_FILE;
const RealDate = globalThis.Date;
let offset = 0;
const read = () => { try { offset = Number(readFileSync(file, "utf8").trim()) || 0; } catch {} };
read();
setInterval(read, 100).unref();
const now = () => RealDate.now() + offset;
globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  apply: (target) => new target(now()).toString(),
  get: (target, prop, receiver) => (prop === "now" ? now : Reflect.get(target, prop, receiver)),
});
`;
const DAY = 86_400_000;

async function openDestroyDuty(page: Page, caseUrl: string) {
  await page.goto(caseUrl);
  await page.getByTestId("tab-conduct").click();
  const duty = page.locator('[data-testid="conduct-duty"][data-category="destroyGoods"]');
  await expect.poll(() => duty.count()).toBe(1);
  return duty;
}

describe("substitute performance of a destruction duty", () => {
  let server: Server;
  let browser: Browser;
  let dir = "";
  let clockFile = "";
  let caseUrl = "";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zhixing-conduct-e2e-"));
    mkdirSync(join(dir, "data"));
    clockFile = join(dir, "clock-offset");
    writeFileSync(clockFile, "0");
    writeFileSync(join(dir, "shift-clock.mjs"), PRELOAD);
    server = await startServer({
      ZHIXING_DATA_DIR: join(dir, "data"),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(join(dir, "shift-clock.mjs")).href}`.trim(),
      ZX_E2E_CLOCK_FILE: clockFile,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("a substitute performer destroys goods, the cost becomes a monetary duty, and the respondent sees the cost list", async () => {
    // 1. The officer appoints a qualified performer and fixes the cost (prepay within 1 day).
    const { page, errors, context } = await newPage(browser);
    await signIn(page, server.url, "officer");
    await page.goto(`${server.url}/staff/cases?q=${encodeURIComponent("张某某")}&scope=court`);
    const rows = page.getByTestId("case-row").filter({ hasNotText: "执保" });
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByTestId("case-link").click();
    await page.waitForURL(/\/staff\/cases\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    const caseId = caseUrl.split("/").pop()!;
    let duty = await openDestroyDuty(page, caseUrl);

    await duty.getByTestId("conduct-appoint").click();
    await page.getByTestId("conduct-appoint-performerName").fill("北京再生资源处理有限公司");
    await page.getByTestId("conduct-appoint-qualificationRequired").click();
    await page.getByTestId("conduct-appoint-performerQualified").click();
    await page.getByTestId("conduct-appoint-qualification").fill("危险废物经营许可证 京环危废 0001 号");
    await page.getByTestId("action-conduct-appoint-submit").click();
    await expect.poll(() => duty.getByTestId("conduct-performer").textContent()).toBe("北京再生资源处理有限公司");

    await duty.getByTestId("conduct-fix-cost").click();
    await page.getByTestId("conduct-cost-amountFen").fill("12500");
    await page.getByTestId("conduct-cost-prepaymentDays").fill("1");
    await page.getByTestId("conduct-cost-item1").fill("运输费");
    await page.getByTestId("conduct-cost-amount1").fill("2500");
    await page.getByTestId("conduct-cost-voucher1").fill("增值税发票");
    await page.getByTestId("conduct-cost-number1").fill("No.00012345");
    await page.getByTestId("conduct-cost-item2").fill("销毁处理费");
    await page.getByTestId("conduct-cost-amount2").fill("10000");
    await page.getByTestId("conduct-cost-voucher2").fill("销毁服务合同");
    await page.getByTestId("conduct-cost-number2").fill("HT-2026-018");
    await page.getByTestId("action-conduct-cost-submit").click();
    await expect.poll(() => duty.getByTestId("conduct-cost").textContent()).toContain("12,500");
    const due = (await duty.getByTestId("conduct-prepayment-due").textContent())!.trim();
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Not yet due: no enforcement of the cost.
    expect(await duty.getByTestId("conduct-convert").count()).toBe(0);
    await screenshot(page, "conduct-cost-fixed");
    expect(errors).toEqual([]);
    await context.close();

    // Before performance the respondent sees the substitute but not the cost list (民诉法解释 art 502 para 2).
    const r0 = await newPage(browser, { phone: true });
    await signIn(r0.page, server.url, "respondent");
    await r0.page.goto(`${server.url}/my/cases/${caseId}`);
    await expect.poll(() => r0.page.getByTestId("party-conduct").getByTestId("conduct-performer").count()).toBe(1);
    expect(await r0.page.getByTestId("conduct-cost-list-hidden").count()).toBe(1);
    expect(await r0.page.getByTestId("conduct-cost-list").count()).toBe(0);
    await r0.context.close();

    // 2. The prepayment period runs out: the server's clock moves 15 days on.
    writeFileSync(clockFile, String(15 * DAY));
    const o = await newPage(browser);
    await signIn(o.page, server.url, "officer");
    let convertShown = false;
    for (let i = 0; i < 20 && !convertShown; i++) {
      duty = await openDestroyDuty(o.page, caseUrl);
      await expect.poll(() => duty.getByTestId("conduct-performer").count()).toBe(1);
      convertShown = (await duty.getByTestId("conduct-convert").count()) === 1;
      if (!convertShown) await o.page.waitForTimeout(500);
    }
    expect(convertShown, "the server's clock did not move past the prepayment period").toBe(true);

    // 3. The officer turns the unpaid cost into a monetary duty of the case.
    await duty.getByTestId("conduct-convert").click();
    await o.page.getByTestId("action-conduct-convert-submit").click();
    await expect.poll(() => duty.getByTestId("conduct-converted").count()).toBe(1);
    const added = o.page.getByTestId("conduct-added-duty");
    await expect.poll(() => added.count()).toBe(1);
    expect(await added.first().textContent()).toContain("未预付的代履行费用");
    expect(await added.first().textContent()).toContain("12,500");

    // 4. The performer's completion with quantities and photos.
    await duty.getByTestId("conduct-complete").click();
    await o.page.getByTestId("conduct-complete-item").fill("侵权充电器");
    await o.page.getByTestId("conduct-complete-quantity").fill("1200");
    await o.page.getByTestId("conduct-complete-note").fill("在执行人员监督下粉碎销毁，模具 3 套一并销毁");
    await o.page.getByTestId("conduct-complete-attachments").fill("销毁笔录.pdf\n现场照片-粉碎前.jpg\n现场照片-粉碎后.jpg");
    await o.page.getByTestId("action-conduct-complete-submit").click();
    await expect.poll(() => duty.getByTestId("conduct-completion").count()).toBe(1);
    expect(await duty.getByTestId("conduct-completion").textContent()).toContain("1200");
    await screenshot(o.page, "conduct-completed-staff");
    expect(o.errors).toEqual([]);
    await o.context.close();

    // 5. The respondent, on a phone, sees the cost list with its vouchers and the new monetary duty.
    const r = await newPage(browser, { phone: true });
    await signIn(r.page, server.url, "respondent");
    await r.page.goto(`${server.url}/my/cases/${caseId}`);
    const section = r.page.getByTestId("party-conduct");
    await expect.poll(() => section.getByTestId("conduct-cost-list").count()).toBe(1);
    const vouchers = section.getByTestId("conduct-voucher");
    await expect.poll(() => vouchers.count()).toBe(2);
    expect(await vouchers.allTextContents()).toEqual(["增值税发票 · No.00012345", "销毁服务合同 · HT-2026-018"]);
    expect(await section.getByTestId("conduct-completion").textContent()).toContain("侵权充电器");
    expect(await section.getByTestId("conduct-added-duty").first().textContent()).toContain("12,500");
    await screenshot(r.page, "conduct-cost-list-respondent-phone");
    expect(r.errors).toEqual([]);
    await r.context.close();
  });
});
