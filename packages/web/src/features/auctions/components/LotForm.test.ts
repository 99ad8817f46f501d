// The officer's side: the new-lot form (the calculator's minimum, deposit range and earliest start
// shown as the officer types; the form's own checks; the body it sends), and a lot's management —
// the actions its state allows, the requests they send, the result with the proceeds in the ledger,
// and what may follow a failure — in zh and en.
import { createElement } from "react";
import { Form } from "antd";
import { afterEach, describe, expect, it, vi } from "vitest";
import { auctionParameters, AUCTION_PERIODS, createStatutoryCalendar } from "@zhixing/domain";
import { ApiError } from "../../../api/client";
import type { AuctionCalcResult, CaseDetail, Lot } from "../../../api/types";
import { runLotAction } from "../api/auctions";
import type { LotFormValues } from "../lib";
import { addDaysWall, checkLotValues } from "../lib";
import { lotActions } from "../staff";
import { count, renderHtml, testI18n } from "../test-support";
import { chainOf, issueText, lotCalcInput, lotInputOf, LotFormFields, referenceFenOf } from "./LotForm";
import { actionRequest, LotManagementView } from "./LotManagement";

const calc = auctionParameters({ referencePriceFen: 25_000_000, assetType: "patent", round: 1, announcementDate: "2026-11-26" }, createStatutoryCalendar(), AUCTION_PERIODS) as unknown as AuctionCalcResult;

function Fields(props: { initial: LotFormValues; result?: AuctionCalcResult; calcError?: unknown; previous?: Lot | null }) {
  const [form] = Form.useForm<LotFormValues>();
  return createElement(LotFormFields, {
    form,
    initialValues: props.initial,
    onFinish: () => undefined,
    previous: props.previous ?? null,
    candidates: [],
    assetOptionLabel: () => "",
    priced: [],
    valuationsMissing: false,
    result: props.result,
    calcError: props.calcError ?? null,
    calcPending: false,
    required: { required: true, message: "required" },
    money: { required: true, message: "money" },
  });
}

const detail = { id: "c1", courtId: "bj-ip", handlerId: "h1", status: "inProgress", parties: [{ id: "p1", role: "applicant", name: "北京创新科技有限公司" }] } as unknown as CaseDetail;

function lot(over: Partial<Lot> = {}): Lot {
  return {
    id: "l1",
    caseId: "c1",
    courtId: "bj-ip",
    caseNumber: "(2026)京73执1号",
    assetId: "a1",
    assetType: "patent",
    measureId: "m1",
    round: 1,
    reason: "first",
    previousLotId: null,
    title: "发明专利“一种快速充电电路”",
    description: "发明专利一件",
    noticeText: "公告",
    documents: [],
    referencePriceFen: 25_000_000,
    referenceSource: "manual",
    valuationId: null,
    referenceDocument: "评估报告",
    startingPriceFen: 17_500_000,
    minimumStartingPriceFen: 17_500_000,
    depositFen: 2_000_000,
    depositRange: { minFen: 875_000, maxFen: 3_500_000 },
    incrementFen: 100_000,
    announcementDate: "2026-11-26",
    notifyPartiesBy: "2026-11-22",
    partiesNotifiedOn: null,
    announcedAt: null,
    startAt: "2026-12-29T10:00:00.000+08:00",
    scheduledEndAt: "2026-12-30T10:00:00.000+08:00",
    endAt: "2026-12-30T10:00:00.000+08:00",
    status: "draft",
    phase: "draft",
    priceFen: null,
    leaderAlias: null,
    bidCount: 0,
    barredBidders: [],
    cancelReason: null,
    closedAt: null,
    createdAt: "2026-11-26T09:00:00.000+08:00",
    registrations: [],
    result: null,
    disposals: [],
    clocks: [{ id: "k1", kind: "auctionPartyNotice", startDate: "2026-11-26", dueDate: "2026-11-22", status: "open", metDate: null }],
    next: null,
    laterLotId: null,
    ...over,
  };
}

const soldResult = (over: Partial<NonNullable<Lot["result"]>> = {}): NonNullable<Lot["result"]> => ({
  kind: "sold",
  endedAt: "2026-12-30T10:03:00.000+08:00",
  bidCount: 3,
  buyerAlias: "竞买号A2B3C4",
  buyerUserId: "u1",
  buyerName: "北京某某科技有限公司",
  priceFen: 17_700_000,
  depositCreditedFen: 2_000_000,
  balanceDueFen: 15_700_000,
  depositTransferDueAt: null,
  refundDueAt: "2026-12-31T10:03:00.000+08:00",
  balancePaidOn: null,
  paymentReference: null,
  proceedsEntryId: null,
  rulingServedOn: null,
  ownershipPassedOn: null,
  handedOverOn: null,
  defaultedOn: null,
  forfeiture: null,
  basis: [{ law: "网拍规定(2016)", article: "art 23", en: "SPC Provisions on Online Judicial Auctions (2016)" }],
  ...over,
});

afterEach(() => vi.unstubAllGlobals());

describe("the new-lot form", () => {
  it("shows the calculator's minimum, deposit range and earliest start beside the fields as the officer types", async () => {
    const html = await renderHtml(createElement(Fields, { initial: { referenceMode: "manual", announcementDate: "2026-11-26" }, result: calc }));
    expect(html).toContain('data-testid="lot-form-minimum-hint"');
    expect(html).toContain("最低起拍价 175,000.00 元");
    expect(html).toContain("范围 8,750.00–35,000.00 元");
    expect(html).toContain(`公告期届满，最早 ${calc.schedule!.announcement.date} 开始`);
    expect(html).toContain('data-testid="auction-calc-figures"');
    expect(html).toContain("《网拍规定(2016)》第10条第2款");
    expect(html).toContain("参考价依据文书");
  });

  it("prompts before there is enough to calculate, and shows the calculator's refusal", async () => {
    const prompt = await renderHtml(createElement(Fields, { initial: { referenceMode: "manual" } }));
    expect(prompt).toContain('data-testid="lot-form-calc-prompt"');
    const err = new ApiError(400, { code: "VALIDATION", field: "auctionStartDate", message: { zh: "2026-11-26 公告的，拍卖最早于 2026-12-29 开始", en: "announced on 2026-11-26, bidding can start on 2026-12-29 at the earliest" } });
    const html = await renderHtml(createElement(Fields, { initial: { referenceMode: "manual" }, calcError: err }), [], "en");
    expect(html).toContain('data-testid="lot-form-calc-error"');
    expect(html).toContain("bidding can start on 2026-12-29 at the earliest");
  });

  it("a re-auction takes the failed lot's asset and reference price, and must start within 30 days of the failure (art 26)", async () => {
    const failed = lot({ status: "failed", phase: "failed", result: { ...soldResult(), kind: "failed", buyerAlias: null, priceFen: null } });
    const r2 = auctionParameters(
      { referencePriceFen: 25_000_000, assetType: "patent", round: 2, previousStartingPriceFen: 17_500_000, failedOn: "2026-12-30", announcementDate: "2026-12-31" },
      createStatutoryCalendar(),
      AUCTION_PERIODS,
    ) as unknown as AuctionCalcResult;
    const html = await renderHtml(createElement(Fields, { initial: { referenceMode: "previous", previousLotId: failed.id, assetId: failed.assetId }, previous: failed, result: r2 }));
    expect(html).toContain("前次拍卖：发明专利“一种快速充电电路”（第 1 次）");
    expect(html).toContain("沿用前次拍卖的参考价");
    expect(html).toContain("参考价：250,000.00 元");
    expect(html).toContain("最低起拍价 140,000.00 元");
    expect(html).toContain('data-testid="auction-calc-reauction"');
    const by = r2.schedule!.reauctionBy!.date;
    const late = checkLotValues(
      { referenceMode: "previous", startingPriceFen: 14_000_000, depositFen: 1_000_000, announcementDate: "2026-12-31", startAt: addDaysWall(`${by} 10:00`, 1), endAt: "2027-03-01 10:00" },
      r2,
      { nowMs: Date.parse("2026-12-31T09:00:00+08:00"), today: "2026-12-31" },
    );
    expect(late.map((i) => i.key)).toEqual(["startTooLate"]);
  });

  it("its own checks say what is wrong, with the amounts in yuan, in both languages", async () => {
    const i18n = await testI18n();
    const issues = checkLotValues(
      { referenceMode: "manual", referencePriceFen: 25_000_000, sourceDocument: "报告", startingPriceFen: 17_000_000, depositFen: 100, announcementDate: "2026-11-26", startAt: "2026-12-01 10:00", endAt: "2026-12-01 20:00" },
      calc,
      { nowMs: Date.parse("2026-11-26T09:00:00+08:00"), today: "2026-11-26" },
    );
    await i18n.changeLanguage("zh-CN");
    const zh = issues.map((i) => issueText(i, i18n.t.bind(i18n)));
    expect(zh).toEqual([
      "起拍价不得低于最低起拍价 175,000.00 元",
      "保证金应在 8,500.00 元至 34,000.00 元之间（起拍价的 5%–20%）",
      `公告期须届满：竞价最早于 ${calc.schedule!.announcement.date} 开始`,
      "竞价时间不少于 24 小时",
    ]);
    await i18n.changeLanguage("en");
    expect(issues.map((i) => issueText(i, i18n.t.bind(i18n)))[0]).toBe("The starting price may not be below the minimum of 175,000.00 yuan");
  });

  it("asks the calculator with the reference price, the asset type, the chosen price and the dates", () => {
    const v: LotFormValues = { referenceMode: "manual", referencePriceFen: 25_000_000, startingPriceFen: 18_000_000, announcementDate: "2026-11-26", startAt: "2026-12-29 10:00" };
    // Before the minimum is known the typed price is not sent; the start date never is (the form checks it).
    expect(lotCalcInput(v, "patent", referenceFenOf(v, [], null), null)).toEqual({ referencePriceFen: 25_000_000, assetType: "patent", round: 1, announcementDate: "2026-11-26" });
    expect(lotCalcInput(v, "patent", 25_000_000, null, 17_500_000)).toEqual({
      referencePriceFen: 25_000_000,
      assetType: "patent",
      round: 1,
      startingPriceFen: 18_000_000,
      announcementDate: "2026-11-26",
    });
    // A price below the minimum stays with the form, whose own check names the minimum.
    expect(lotCalcInput({ ...v, startingPriceFen: 17_000_000 }, "patent", 25_000_000, null, 17_500_000)).not.toHaveProperty("startingPriceFen");
    expect(lotCalcInput({ referenceMode: "manual" }, "patent", undefined, null)).toBeNull();
    // A re-auction after a failure: round 2, the previous starting price and the failure day.
    const failed = lot({ status: "failed", phase: "failed", result: { ...soldResult(), kind: "failed", buyerAlias: null, priceFen: null } });
    expect(chainOf(failed)).toEqual({ round: 2, previousStartingPriceFen: 17_500_000, failedOn: "2026-12-30" });
    const pv: LotFormValues = { referenceMode: "previous" };
    expect(referenceFenOf(pv, [], failed)).toBe(25_000_000);
    expect(lotCalcInput(pv, "patent", 25_000_000, failed)).toMatchObject({ round: 2, previousStartingPriceFen: 17_500_000, failedOn: "2026-12-30" });
  });

  it("sends the lot with the instants in Beijing time and the reference price's source", () => {
    const body = lotInputOf(
      {
        assetId: "a1",
        referenceMode: "manual",
        referencePriceFen: 25_000_000,
        sourceDocument: " 京正评报字(2026)第88号 ",
        startingPriceFen: 17_500_000,
        depositFen: 2_000_000,
        incrementFen: 100_000,
        announcementDate: "2026-11-26",
        startAt: "2026-12-29 10:00",
        endAt: "2026-12-30 10:00",
        title: " 专利 ",
        description: "描述",
        noticeText: "公告",
        documents: [{ title: "拍卖公告", kind: "notice" }, { title: " " }],
      },
      "m1",
    );
    expect(body).toEqual({
      assetId: "a1",
      measureId: "m1",
      referencePrice: { priceFen: 25_000_000, sourceDocument: "京正评报字(2026)第88号" },
      startingPriceFen: 17_500_000,
      depositFen: 2_000_000,
      incrementFen: 100_000,
      announcementDate: "2026-11-26",
      startAt: "2026-12-29T10:00:00+08:00",
      endAt: "2026-12-30T10:00:00+08:00",
      title: "专利",
      description: "描述",
      noticeText: "公告",
      documents: [{ title: "拍卖公告", kind: "notice" }],
    });
    expect(lotInputOf({ referenceMode: "valuation", valuationId: "v1", assetId: "a1", startAt: "2026-12-29 10:00", endAt: "2026-12-30 10:00", title: "t", description: "d", noticeText: "n" }, undefined).referencePrice).toEqual({ valuationId: "v1" });
  });
});

describe("a lot's actions", () => {
  it("follow its state: notice, then announcement; close once ended; payment, ruling, hand-over; after a failure what the rules offer", () => {
    expect(lotActions(lot())).toEqual(["notify", "posting", "cancel"]);
    expect(lotActions(lot({ partiesNotifiedOn: "2026-11-22" }))).toEqual(["notify", "posting", "announce", "cancel"]);
    // 网拍规定 art 16: a posting that counts as notice opens the announcement too.
    expect(lotActions(lot({ posting: { startedOn: "2026-11-10", reason: "下落不明", deemedNotifiedOn: "2026-11-17" } }))).toEqual(["notify", "announce", "cancel"]);
    expect(lotActions(lot({ status: "announced", phase: "bidding" }))).toEqual(["suspend", "cancel"]);
    // 网拍规定 art 28: a suspended lot — record the end of the cause, then resume.
    const suspension = { kind: "stay" as const, reason: "异议", on: "2026-12-28", causeEndedOn: null, resumeBy: null, resumedOn: null };
    expect(lotActions(lot({ status: "suspended", phase: "suspended", suspension }))).toEqual(["causeEnded", "resume", "cancel"]);
    expect(lotActions(lot({ status: "suspended", phase: "suspended", suspension: { ...suspension, causeEndedOn: "2027-01-04", resumeBy: "2027-01-09" } }))).toEqual(["resume", "cancel"]);
    expect(lotActions(lot({ status: "announced", phase: "ended" }))).toEqual(["close"]);
    expect(lotActions(lot({ status: "sold", phase: "sold", result: soldResult() }))).toEqual(["balancePaid", "buyerDefault"]);
    expect(lotActions(lot({ status: "sold", phase: "sold", result: soldResult({ balancePaidOn: "2026-12-31" }) }))).toEqual(["rulingServed"]);
    expect(lotActions(lot({ status: "sold", phase: "sold", result: soldResult({ balancePaidOn: "2026-12-31", rulingServedOn: "2027-01-04" }) }))).toEqual(["handedOver"]);
    expect(lotActions(lot({ status: "sold", phase: "sold", result: soldResult({ balancePaidOn: "2026-12-31", rulingServedOn: "2027-01-04", handedOverOn: "2027-01-10" }) }))).toEqual([]);
    const next = { stage: "auction1", prescribed: "reauction", options: [{ kind: "transferInLieu", priceFen: 17_500_000, basis: [] }, { kind: "reauction", basis: [] }] };
    expect(lotActions(lot({ status: "failed", phase: "failed", next }))).toEqual(["transferInLieu", "reauction"]);
    expect(lotActions(lot({ status: "failed", phase: "failed", next, laterLotId: "l2" }))).toEqual([]);
    expect(lotActions(lot({ status: "defaulted", phase: "defaulted" }))).toEqual(["reauction"]);
    // 拍卖变卖规定 arts 16, 20, 27: after a transfer in lieu, the difference, the ruling, the hand-over.
    const tr = (over: Record<string, unknown>, differenceDueFen = 0) => ({ id: "d1", kind: "transferInLieu", status: "done", priceFen: 17_500_000, startsOn: null, endsOn: null, transferee: { differenceDueFen, setOffFen: 17_500_000 - differenceDueFen, name: "甲" }, outcome: null, decidedOn: "2027-01-02", basis: [], ...over });
    expect(lotActions(lot({ status: "failed", phase: "failed", next, disposals: [tr({}, 500_000)] }))).toEqual(["differencePaid"]);
    expect(lotActions(lot({ status: "failed", phase: "failed", next, disposals: [tr({ differencePaidOn: "2027-01-03" }, 500_000)] }))).toEqual(["transferRulingServed"]);
    expect(lotActions(lot({ status: "failed", phase: "failed", next, disposals: [tr({ rulingServedOn: "2027-01-04" })] }))).toEqual(["transferHandedOver"]);
    expect(lotActions(lot({ status: "failed", phase: "failed", next, disposals: [tr({ rulingServedOn: "2027-01-04", handedOverOn: "2027-01-05" })] }))).toEqual([]);
  });

  it("send the API's bodies", async () => {
    expect(actionRequest("notify", { notifiedOn: "2026-11-22" })).toEqual({ kind: "notify-parties", body: { notifiedOn: "2026-11-22" } });
    expect(actionRequest("balancePaid", { paidOn: "2026-12-31", paymentReference: " ZH-001 " })).toEqual({ kind: "balance-paid", body: { paidOn: "2026-12-31", paymentReference: "ZH-001" } });
    expect(actionRequest("buyerDefault", { on: "2027-01-05", auctionCostLossFen: 0 })).toEqual({ kind: "buyer-default", body: { on: "2027-01-05", auctionCostLossFen: 0 } });
    expect(actionRequest("transferInLieu", { on: "2027-01-02", applicants: [{ creditorId: "party:p1" }, { creditorId: "measure:m1", rank: 2, claimFen: 30_000_000 }] })).toEqual({
      kind: "transfer-in-lieu",
      body: { on: "2027-01-02", applicants: [{ creditorId: "party:p1" }, { creditorId: "measure:m1", rank: 2, claimFen: 30_000_000 }] },
    });
    expect(actionRequest("suspend", { suspendKind: "stay", reason: " 案外人异议 ", on: "2026-12-28" })).toEqual({ kind: "suspend", body: { kind: "stay", reason: "案外人异议", on: "2026-12-28" } });
    expect(actionRequest("resume", { startAt: "2027-01-20 10:00", endAt: "2027-01-21 10:00" })).toEqual({ kind: "resume", body: { startAt: "2027-01-20T10:00:00+08:00", endAt: "2027-01-21T10:00:00+08:00" } });
    expect(actionRequest("posting", { postedOn: "2026-11-10", reason: "下落不明" })).toEqual({ kind: "posting", body: { postedOn: "2026-11-10", reason: "下落不明" } });
    const failedWithTransfer = lot({ status: "failed", phase: "failed", disposals: [{ id: "d1", kind: "transferInLieu", status: "done", priceFen: 1, startsOn: null, endsOn: null, transferee: {}, outcome: null, decidedOn: "2027-01-02", basis: [] }] });
    expect(actionRequest("transferRulingServed", { servedOn: "2027-01-04" }, failedWithTransfer)).toEqual({ kind: "transfer", disposalId: "d1", action: { kind: "ruling-served", body: { servedOn: "2027-01-04" } } });
    expect(actionRequest("releaseAndReturn", { on: "2027-03-01", note: "变卖不成" })).toEqual({ kind: "end-disposal", body: { kind: "releaseAndReturn", on: "2027-03-01", note: "变卖不成" } });
    expect(actionRequest("reauction", {})).toBeNull();
    const f = vi.fn(async (url: string) => new Response(JSON.stringify(url.endsWith("/close") ? { lot: lot(), closedNow: true } : lot()), { status: 200 }));
    vi.stubGlobal("fetch", f);
    await runLotAction("l1", { kind: "announce" });
    await runLotAction("l1", { kind: "close" });
    await runLotAction("l1", { kind: "ruling-served", body: { servedOn: "2027-01-04" } });
    await runLotAction("l1", { kind: "transfer", disposalId: "d1", action: { kind: "handed-over", body: { handedOverOn: "2027-01-05" } } });
    expect((f.mock.calls as unknown as [string, RequestInit][]).map(([u, i]) => [u, i.method, JSON.parse(i.body as string)])).toEqual([
      ["/api/v1/lots/l1/announce", "POST", {}],
      ["/api/v1/lots/l1/close", "POST", {}],
      ["/api/v1/lots/l1/ruling-served", "POST", { servedOn: "2027-01-04" }],
      ["/api/v1/disposals/d1/handed-over", "POST", { handedOverOn: "2027-01-05" }],
    ]);
  });
});

describe("the lot as the officer sees it", () => {
  const view = (l: Lot, canAct = true, lang = "zh-CN") => renderHtml(createElement(LotManagementView, { lot: l, detail, canAct, onReauction: () => undefined }), [], lang);

  it("a draft: the figures, the notice deadline, and notice before announcement", async () => {
    const html = await view(lot());
    expect(html).toContain('data-testid="lot-notify-by" data-date="2026-11-22"');
    expect(html).toContain("尚未通知");
    expect(html).toContain('data-testid="lot-action-notify"');
    expect(html).not.toContain('data-testid="lot-action-announce"');
    expect(html).toContain("拍卖前通知当事人");
    expect(html).not.toContain('data-testid="lot-public-link"');
    expect(await view(lot(), false)).not.toContain('data-testid="lot-actions"');
  });

  it("sold and paid: the buyer, the price, the balance and the proceeds in the ledger", async () => {
    const html = await view(
      lot({
        status: "sold",
        phase: "sold",
        priceFen: 17_700_000,
        endAt: "2026-12-30T10:03:00.000+08:00",
        result: soldResult({ balancePaidOn: "2026-12-31", paymentReference: "ZH-001", proceedsEntryId: "e1" }),
        registrations: [
          { id: "r1", alias: "竞买号A2B3C4", userId: "u1", name: "北京某某科技有限公司", isApplicant: false, depositDueFen: 2_000_000, depositStatus: "applied", paymentReference: "SIM-1", priorityRank: null, refundDueAt: null, refundedAt: null },
          { id: "r2", alias: "竞买号D5E6F7", userId: "u2", name: "北京创新科技有限公司", isApplicant: true, depositDueFen: 0, depositStatus: "exempt", paymentReference: null, priorityRank: null, refundDueAt: null, refundedAt: null },
        ],
      }),
    );
    expect(html).toContain('data-result="sold"');
    expect(html).toContain("北京某某科技有限公司 (竞买号A2B3C4)");
    expect(html).toContain("177,000.00");
    expect(html).toContain("157,000.00");
    expect(html).toContain('data-testid="lot-proceeds-in-ledger"');
    expect(html).toContain("价款已计入案件台账");
    expect(html).toContain('data-testid="lot-action-rulingServed"');
    expect(html).toContain("已延时");
    expect(count(html, 'data-testid="lot-registration"')).toBe(2);
    expect(html).toContain("申请执行人");
    expect(html).toContain("《网拍规定(2016)》第23条");
  });

  it("failed: what may follow, in order, with the prices, dates and articles", async () => {
    const next = {
      stage: "auction1",
      prescribed: "reauction",
      options: [
        { kind: "transferInLieu", priceFen: 17_500_000, basis: [{ law: "拍卖变卖规定(2020)", article: "art 16", en: "SPC Provisions on Auctions and Sales of Property in Civil Enforcement (2020)" }] },
        { kind: "reauction", earliestStart: "2027-01-15", latestStart: "2027-01-29", minimumStartingPriceFen: 14_000_000, basis: [{ law: "网拍规定(2016)", article: "art 26 para 1", en: "SPC Provisions on Online Judicial Auctions (2016)" }] },
      ],
    };
    const l = lot({ status: "failed", phase: "failed", next, result: { ...soldResult(), kind: "failed", buyerAlias: null, buyerName: null, priceFen: null } });
    const html = await view(l);
    expect(html).toContain("没有债权人接受以物抵债的，依法应当：再次拍卖");
    expect(html).toContain("抵债价 175,000.00 元");
    expect(html).toContain("最早 2027-01-15、最迟 2027-01-29 开始，起拍价不低于 140,000.00 元");
    expect(html).toContain("《拍卖变卖规定(2020)》第16条");
    expect(html).toContain('data-testid="lot-action-transferInLieu"');
    expect(html).toContain('data-testid="lot-action-reauction"');
    const en = await view(l, true, "en");
    expect(en).toContain("If no creditor takes the property in lieu, the rules prescribe: Re-auction");
    expect(en).toContain("Transfer in lieu of payment");
    expect(en).not.toMatch(/auction\.staff\./);
  });
});

describe("the party's case page", () => {
  it("lists the case's published lots with links to their public pages; drafts and an empty list show nothing", async () => {
    const { PartyLotsList } = await import("./PartyLots");
    const items = [lot({ id: "d1", phase: "draft" }), lot({ id: "l2", status: "announced", phase: "bidding", priceFen: 17_700_000 })];
    const html = await renderHtml(createElement(PartyLotsList, { items }));
    expect(count(html, 'data-testid="party-lot"')).toBe(1);
    expect(html).toContain('href="/auctions/l2"');
    expect(html).toContain("本案拍卖");
    expect(html).toContain("正在竞价");
    expect(html).toContain("177,000.00");
    expect(await renderHtml(createElement(PartyLotsList, { items: [lot()] }))).not.toContain("party-lots");
    expect(await renderHtml(createElement(PartyLotsList, { items }), [], "en")).toContain("Auctions in this case");
  });
});
