// Fixtures of the auction specs: a clock the tests move to the millisecond, bidder accounts, a case
// with a frozen patent (or another asset), and a lot set up, notified and announced through the API
// with the schedule the domain computes.
import { randomUUID } from "node:crypto";
import { insertUser } from "@zhixing/db";
import { earliestAuctionStart, latestPartyNoticeDate, type AuctionAssetClass } from "@zhixing/domain";
import { expect } from "vitest";
import { hashPassword } from "../auth/auth.service";
import { DEMO_PASSWORD, residentId } from "../../seed/demo.seed";
import type { Client, TestApp } from "../../testing/test-app";
import { addAsset, assignedCase, setUp, type Clients } from "../measures/measures-test-setup";

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** Takes over the app's clock: setToday keeps working (10:00 Beijing), and setInstant sets any instant. */
export function useClock(t: TestApp) {
  let now = t.ctx.now();
  t.ctx.now = () => now;
  const setInstant = (x: number | string) => {
    now = new Date(typeof x === "number" ? x : Date.parse(x));
  };
  const setToday = (date: string) => setInstant(`${date}T10:00:00+08:00`);
  t.setToday = setToday;
  return { setInstant, setToday, now: () => now.getTime() };
}

export type Clock = ReturnType<typeof useClock>;

let bidderSeq = 0;
let hash: Promise<string> | undefined;

/** A self-registered (party-style) account with a valid resident ID, signed in. */
export async function bidder(t: TestApp, name?: string): Promise<Client> {
  hash ??= hashPassword(DEMO_PASSWORD);
  const n = ++bidderSeq;
  const username = `bidder-${n}-${randomUUID().slice(0, 6)}`;
  await insertUser(t.database.db, {
    id: randomUUID(),
    court_id: null,
    username,
    password_hash: await hash,
    display_name: name ?? `${"李王刘陈杨黄赵吴周徐"[n % 10]}${"明芳伟娜强敏静磊洋艳"[Math.floor(n / 10) % 10]}${"一二三四五六七八九十"[Math.floor(n / 100) % 10]}`,
    role: "applicant",
    party_kind: "naturalPerson",
    id_type: "residentId",
    id_number: residentId(`11010119900101${String(n % 1000).padStart(3, "0")}`),
    phone: null,
    email: null,
  });
  return t.login(username);
}

export type LotSpec = {
  assetType?: string;
  referencePriceFen?: number;
  startingPriceFen?: number;
  depositFen?: number;
  incrementFen?: number;
  /** Bidding hours (default 24). */
  hours?: number;
  title?: string;
  description?: string;
  previousLotId?: string;
};

export type Ready = { caseId: string; assetId: string; lotId: string; startAt: number; endAt: number; announcementDate: string };

export const classOf = (type: string): AuctionAssetClass => (["vehicle", "equipment", "infringingStock"].includes(type) ? "movables" : "propertyRights");

/** A case assigned to `officer` on `date` with one asset frozen or sealed. */
export async function caseWithAsset(t: TestApp, c: Clients, date: string, assetType = "patent", valueFen = 200_000_000, duties?: unknown[]): Promise<{ caseId: string; assetId: string }> {
  const caseId = await assignedCase(t, c, date, duties);
  const assetId = await addAsset(c.officer, caseId, { type: assetType, valueFen, indivisible: true, identifier: assetType === "patent" ? "ZL202110123456.7" : undefined, description: "被执行人张某某名下专利，联系电话13900001111" });
  const kind = ["vehicle", "equipment", "infringingStock", "realEstate"].includes(assetType) ? "seal" : "freeze";
  const m = await c.officer.post(`/api/v1/cases/${caseId}/measures`, { assetId, kind, amountFen: Math.min(valueFen, 50_000_000), executedBy: "王执行", noOtherProperty: true, justification: "唯一可供执行的财产" });
  expect(m.statusCode, m.body).toBe(201);
  return { caseId, assetId };
}

/** The lot body for a schedule announced on `announcementDate`, bidding from the earliest start at 10:00. */
export function lotBody(t: TestApp, assetId: string, announcementDate: string, spec: LotSpec = {}, round: 1 | 2 = 1) {
  const cal = t.ctx.calendar.get();
  const start = earliestAuctionStart(announcementDate, classOf(spec.assetType ?? "patent"), round, cal).date;
  const startAt = Date.parse(`${start}T10:00:00+08:00`);
  const endAt = startAt + (spec.hours ?? 24) * HOUR;
  const starting = spec.startingPriceFen ?? 70_000_000;
  return {
    body: {
      assetId,
      ...(spec.previousLotId ? { previousLotId: spec.previousLotId } : { referencePrice: { priceFen: spec.referencePriceFen ?? 100_000_000, sourceDocument: "网络询价报告（2025）第001号" } }),
      startingPriceFen: starting,
      depositFen: spec.depositFen ?? Math.ceil(starting / 10),
      incrementFen: spec.incrementFen ?? 1_000_000,
      announcementDate,
      startAt: new Date(startAt).toISOString(),
      endAt: new Date(endAt).toISOString(),
      title: spec.title ?? "发明专利 ZL202110123456.7 一项",
      description: spec.description ?? "被执行人张某某名下的发明专利权（ZL202110123456.7），身份证号110108198503151234，联系电话13900001111",
      noticeText: "本院定于网络司法拍卖平台公开拍卖被执行人张某某名下发明专利一项。",
      documents: [{ title: "拍卖公告", kind: "notice" }, { title: "网络询价报告", kind: "valuationReport" }],
    },
    startAt,
    endAt,
  };
}

/**
 * A lot created today, the parties notified today, announced on the first day that allows it, the
 * clock then standing on the announcement day. Returns the lot and its bidding window.
 */
export async function announcedLot(t: TestApp, c: Clients, clock: Clock, today: string, assetId: string, caseId: string, spec: LotSpec = {}, round: 1 | 2 = 1): Promise<Ready> {
  const cal = t.ctx.calendar.get();
  clock.setToday(today);
  // The first announcement day whose 3-day notice period, counted from today, has run.
  let announcementDate = today;
  for (let i = 1; i < 30; i++) {
    const d = new Date(Date.parse(`${today}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
    if (latestPartyNoticeDate(d, cal).date >= today) {
      announcementDate = d;
      break;
    }
  }
  const { body, startAt, endAt } = lotBody(t, assetId, announcementDate, spec, round);
  const created = await c.officer.post(`/api/v1/cases/${caseId}/lots`, body);
  expect(created.statusCode, created.body).toBe(201);
  const lotId = created.json().id as string;
  const n = await c.officer.post(`/api/v1/lots/${lotId}/notify-parties`, { notifiedOn: today });
  expect(n.statusCode, n.body).toBe(200);
  clock.setToday(announcementDate);
  const a = await c.officer.post(`/api/v1/lots/${lotId}/announce`);
  expect(a.statusCode, a.body).toBe(200);
  return { caseId, assetId, lotId, startAt, endAt, announcementDate };
}

export async function register(client: Client, lotId: string): Promise<{ id: string; alias: string; depositStatus: string; depositDueFen: number }> {
  const r = await client.post(`/api/v1/lots/${lotId}/registrations`);
  expect([200, 201], r.body).toContain(r.statusCode);
  return r.json();
}

export async function bid(client: Client, lotId: string, amountFen: number, extra: Record<string, unknown> = {}) {
  const r = await client.post(`/api/v1/lots/${lotId}/bids`, { bidId: randomUUID(), amountFen, ...extra });
  expect([200, 201], r.body).toContain(r.statusCode);
  return r.json() as { kind: "accepted" | "refused"; reason: string | null; seq: number | null; at: string; extended: boolean; duplicate: boolean; live: { endAt: string; priceFen: number | null; leaderAlias: string | null; status: string } };
}

export { setUp, type Clients };
