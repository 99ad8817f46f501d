// The read side of auctions: the public pages (no sign-in: lots announced or past, never drafts; no
// personal data — natural persons' names masked, identity numbers and phone numbers in free text
// masked, bidders shown only by their alias, 网拍规定 art 18 para 2), the live snapshot the bidding
// page and its SSE stream show, and the staff view of a lot (registrations with names, result,
// disposals, clocks, what may follow a failure).
import { writeAudit, type Executor } from "@zhixing/db";
import {
  ASSET_TYPE_INFO,
  AUCTION_DURATIONS,
  DomainError,
  depositRange,
  formatShanghaiInstant,
  maskIdNumber,
  maskName,
  maskPhone,
  minimumStartingPrice,
  nextAfterFailure,
  shanghaiDateOf,
  latestPartyNoticeDate,
  deemedNotifiedOn,
  type AssetType,
  type Citation,
  type NextAfterFailure,
} from "@zhixing/domain";
import type { AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess } from "../cases/case-access";
import { applicantOutstandingIn } from "../ledger/ledger.service";
import { auctionSettings } from "./auction-settings";
import type { CreditorDto, LiveLotDto, LotDto, LotSummaryDto, PublicLotDto, PublicLotSummaryDto, RegistrationDto } from "./auctions.schemas";
import { barredOf, iso, isoOrNull, lotNotFound, ms, type LotRow, type RegistrationRow } from "./auctions.shared";
import { LotBroadcaster, lotBroadcaster, lotVersion } from "./live";

type PublicStatus = LiveLotDto["status"];

/** The status the public sees: an announced lot is upcoming, bidding or ended (awaiting the close) by the clock. */
export function publicStatus(lot: Pick<LotRow, "status" | "start_at" | "end_at">, nowMs: number): PublicStatus | "draft" {
  if (lot.status !== "announced") return lot.status;
  // (a suspended lot is "suspended": bidding refuses bids, 网拍规定 art 28)
  if (nowMs < ms(lot.start_at)) return "upcoming";
  if (nowMs < ms(lot.end_at)) return "bidding";
  return "ended";
}

export function liveOf(lot: LotRow, nowMs: number): LiveLotDto {
  const status = publicStatus(lot, nowMs);
  if (status === "draft") throw lotNotFound();
  const open = status === "upcoming" || status === "bidding";
  return {
    lotId: lot.id,
    status,
    startAt: iso(lot.start_at),
    scheduledEndAt: iso(lot.scheduled_end_at),
    endAt: iso(lot.end_at),
    extended: ms(lot.end_at) > ms(lot.scheduled_end_at),
    startingPriceFen: lot.starting_price_fen,
    incrementFen: lot.increment_fen,
    priceFen: lot.price_fen,
    leaderAlias: lot.leader_alias,
    bidCount: lot.bid_count,
    lastSeq: lot.last_seq,
    minimumNextBidFen: open ? (lot.price_fen === null ? lot.starting_price_fen : lot.price_fen + lot.increment_fen) : null,
    serverNow: formatShanghaiInstant(nowMs),
    version: lot.version,
    suspension: lot.status === "suspended" ? publicSuspensionOf(lot) : null,
  };
}

/** 网拍规定 art 28 para 3: the suspension and its reason are announced on the platform (personal data scrubbed). */
function publicSuspensionOf(lot: LotRow): { kind: "postpone" | "stay"; reason: string; on: string } | null {
  const s = lot.suspension as StoredSuspension | null;
  return s ? { kind: s.kind, reason: scrubPersonalData(s.reason), on: s.on } : null;
}

export async function liveSnapshot(ctx: AppContext, lotId: string): Promise<LiveLotDto | undefined> {
  const lot = await ctx.database.db.selectFrom("auction_lots").selectAll().where("id", "=", lotId).where("status", "!=", "draft").executeTakeFirst();
  return lot ? liveOf(lot, ctx.now().getTime()) : undefined;
}

export function broadcaster(ctx: AppContext): LotBroadcaster {
  return lotBroadcaster(
    ctx,
    () =>
      new LotBroadcaster(
        { version: (id) => lotVersion(ctx.database.db, id), snapshot: (id) => liveSnapshot(ctx, id) },
        () => auctionSettings(ctx).ssePollMs,
      ),
  );
}

/** After a commit: the lot's new state to its watchers in this process (the others poll). */
export async function publishLot(ctx: AppContext, lotId: string): Promise<void> {
  try {
    await broadcaster(ctx).refresh(lotId);
  } catch {
    // watchers catch up on the next poll
  }
}

// ─── masking ─────────────────────────────────────────────────────────────────────────────────────────

const isPerson = (kind: string, idType: string | null) => kind === "naturalPerson" || (kind === "foreign" && idType === "passport");

/**
 * Free text for the public pages: the natural persons' names of the case replaced as 裁判文书上网规定
 * art 9 does (surname kept), 18-character ID numbers and mobile numbers masked (art 10(1)).
 */
export function scrubPersonalData(text: string, personNames: readonly string[] = []): string {
  let out = text;
  for (const name of [...personNames].filter((n) => n.trim().length >= 2).sort((a, b) => b.length - a.length)) {
    out = out.split(name).join(maskName(name));
  }
  return out
    .replace(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, (m) => maskIdNumber(m))
    .replace(/(?<!\d)1[3-9]\d{9}(?!\d)/g, (m) => maskPhone(m));
}

/** IP rights are identified by their public registration numbers; other identifiers (certificates, plates, accounts) stay off the public pages. */
const PUBLIC_IDENTIFIER_TYPES = new Set<string>(["patent", "trademark", "copyright", "domainName"]);

// ─── public ──────────────────────────────────────────────────────────────────────────────────────────

type PublicFilter = { status?: PublicStatus | "all" | undefined; page?: number | undefined; pageSize?: number | undefined };

export async function listPublicLots(ctx: AppContext, f: PublicFilter): Promise<{ items: PublicLotSummaryDto[]; total: number; page: number; pageSize: number; serverNow: string }> {
  const db = ctx.database.db;
  const now = ctx.now();
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 20;
  let q = db
    .selectFrom("auction_lots as l")
    .innerJoin("cases as c", "c.id", "l.case_id")
    .innerJoin("courts as ct", "ct.id", "l.court_id")
    .innerJoin("assets as a", "a.id", "l.asset_id")
    .where("l.status", "!=", "draft");
  const s = f.status ?? "all";
  if (s === "upcoming") q = q.where("l.status", "=", "announced").where("l.start_at", ">", now);
  else if (s === "bidding") q = q.where("l.status", "=", "announced").where("l.start_at", "<=", now).where("l.end_at", ">", now);
  else if (s === "ended") q = q.where("l.status", "=", "announced").where("l.end_at", "<=", now);
  else if (s !== "all") q = q.where("l.status", "=", s);
  const total = Number((await q.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow()).n);
  const rows = await q
    .selectAll("l")
    .select(["c.case_number", "ct.name as court_name", "ct.name_en as court_name_en", "a.asset_type"])
    .orderBy("l.end_at", "desc")
    .orderBy("l.id")
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { items: rows.map((r) => summaryOf(r, now.getTime())), total, page, pageSize, serverNow: formatShanghaiInstant(now.getTime()) };
}

type LotWithCase = LotRow & { case_number: string | null; court_name: string; court_name_en: string; asset_type: string };

function summaryOf(r: LotWithCase, nowMs: number): PublicLotSummaryDto {
  const status = publicStatus(r, nowMs);
  if (status === "draft") throw lotNotFound();
  const info = ASSET_TYPE_INFO[r.asset_type as AssetType];
  return {
    id: r.id,
    title: r.title,
    court: { id: r.court_id, name: r.court_name, nameEn: r.court_name_en },
    caseNumber: r.case_number,
    assetType: r.asset_type,
    assetTypeLabel: info?.label ?? { zh: r.asset_type, en: r.asset_type },
    round: r.round,
    startingPriceFen: r.starting_price_fen,
    depositFen: r.deposit_fen,
    priceFen: r.price_fen,
    status,
    announcementDate: r.announcement_date,
    startAt: iso(r.start_at),
    endAt: iso(r.end_at),
    bidCount: r.bid_count,
  };
}

async function publicLotRow(db: Executor, lotId: string): Promise<LotWithCase> {
  const r = await db
    .selectFrom("auction_lots as l")
    .innerJoin("cases as c", "c.id", "l.case_id")
    .innerJoin("courts as ct", "ct.id", "l.court_id")
    .innerJoin("assets as a", "a.id", "l.asset_id")
    .selectAll("l")
    .select(["c.case_number", "ct.name as court_name", "ct.name_en as court_name_en", "a.asset_type"])
    .where("l.id", "=", lotId)
    .where("l.status", "!=", "draft")
    .executeTakeFirst();
  if (!r) throw lotNotFound();
  return r;
}

export async function getPublicLot(ctx: AppContext, lotId: string): Promise<PublicLotDto> {
  const db = ctx.database.db;
  const nowMs = ctx.now().getTime();
  const r = await publicLotRow(db, lotId);
  const asset = await db.selectFrom("assets").select(["asset_type", "identifier", "holder", "owner_party_id"]).where("id", "=", r.asset_id).executeTakeFirstOrThrow();
  const parties = await db.selectFrom("case_parties").select(["role", "kind", "id_type", "name", "position"]).where("case_id", "=", r.case_id).orderBy("position").execute();
  const personNames = parties.filter((p) => isPerson(p.kind, p.id_type)).map((p) => p.name);
  const result = await db.selectFrom("auction_results").selectAll().where("lot_id", "=", lotId).executeTakeFirst();
  let buyerName: string | null = null;
  if (result?.buyer_user_id) {
    // 网拍规定 art 22 para 1: the confirmation names the buyer; a natural person's name is masked here (裁判文书上网规定 art 9).
    const u = await db.selectFrom("users").select(["display_name", "party_kind", "id_type"]).where("id", "=", result.buyer_user_id).executeTakeFirst();
    if (u) buyerName = isPerson(u.party_kind ?? "", u.id_type) ? maskName(u.display_name) : u.display_name;
  }
  const holder = asset.holder ? (personNames.includes(asset.holder) ? maskName(asset.holder) : scrubPersonalData(asset.holder, personNames)) : null;
  return {
    ...summaryOf(r, nowMs),
    incrementFen: r.increment_fen,
    referencePriceFen: r.reference_price_fen,
    referenceSource: r.reference_source,
    referenceDocument: r.reference_source === "manual" ? r.reference_document : null,
    description: scrubPersonalData(r.description, personNames),
    noticeText: scrubPersonalData(r.notice_text, personNames),
    asset: {
      type: asset.asset_type,
      label: ASSET_TYPE_INFO[asset.asset_type as AssetType]?.label ?? { zh: asset.asset_type, en: asset.asset_type },
      identifier: PUBLIC_IDENTIFIER_TYPES.has(asset.asset_type) ? asset.identifier : null,
      holder,
    },
    respondents: parties
      .filter((p) => p.role === "respondent")
      .map((p) => (isPerson(p.kind, p.id_type) ? { name: maskName(p.name), masked: true } : { name: p.name, masked: false })),
    documents: documentsOf(r),
    live: liveOf(r, nowMs),
    result: result
      ? { kind: result.kind, priceFen: result.price_fen, buyerAlias: result.buyer_alias, buyerName: result.defaulted_on ? null : buyerName, endedAt: iso(result.ended_at) }
      : null,
    rules: {
      biddingMinimumHours: AUCTION_DURATIONS.biddingMinimum.ms / 3_600_000,
      extensionMinutes: AUCTION_DURATIONS.extension.ms / 60_000,
      basis: [AUCTION_DURATIONS.biddingMinimum.basis],
    },
  };
}

function documentsOf(r: Pick<LotRow, "documents">): { title: string; kind: string; url?: string }[] {
  return Array.isArray(r.documents) ? (r.documents as { title: string; kind: string; url?: string }[]) : [];
}

/** 网拍规定 art 20 para 3: the accepted bids in order, by alias. */
export async function publicBidHistory(ctx: AppContext, lotId: string) {
  const db = ctx.database.db;
  await publicLotRow(db, lotId);
  const rows = await db
    .selectFrom("auction_bids as b")
    .innerJoin("auction_registrations as r", "r.id", "b.registration_id")
    .select(["b.seq", "r.alias", "b.amount_fen", "b.at", "b.priority_rank", "b.extended", "b.end_at"])
    .where("b.lot_id", "=", lotId)
    .where("b.status", "=", "accepted")
    .orderBy("b.seq", "desc")
    .execute();
  return {
    items: rows.map((b) => ({
      seq: b.seq!,
      alias: b.alias,
      amountFen: b.amount_fen,
      at: iso(b.at),
      priority: b.priority_rank !== null,
      priorityRank: b.priority_rank,
      extended: b.extended,
      endAt: iso(b.end_at!),
    })),
  };
}

// ─── the bidder's own registration ───────────────────────────────────────────────────────────────────

export function registrationDtoOf(r: RegistrationRow, paymentError: string | null = null): RegistrationDto {
  return {
    id: r.id,
    lotId: r.lot_id,
    alias: r.alias,
    isApplicant: r.is_applicant,
    depositDueFen: r.deposit_due_fen,
    exempt: r.deposit_status === "exempt" || (r.deposit_due_fen === 0 && r.deposit_status !== "pending"),
    depositStatus: r.deposit_status,
    paymentReference: r.payment_reference,
    paymentError,
    priorityRank: r.priority_rank,
    refundDueAt: isoOrNull(r.refund_due_at),
    refundedAt: isoOrNull(r.refunded_at),
    basis: [{ law: "网拍规定(2016)", article: "art 17", en: "SPC Provisions on Online Judicial Auctions (2016)" }],
  };
}

export async function myRegistration(ctx: AppContext, user: AuthUser, lotId: string): Promise<RegistrationDto> {
  const r = await ctx.database.db.selectFrom("auction_registrations").selectAll().where("lot_id", "=", lotId).where("user_id", "=", user.id).executeTakeFirst();
  if (!r) throw new DomainError("NOT_FOUND", { zh: "您尚未报名参加该拍卖", en: "You have not registered for this lot" });
  return registrationDtoOf(r);
}

/** The signed-in user's registrations with their lots (a bidder's "my auctions"). */
export async function myRegistrations(ctx: AppContext, user: AuthUser): Promise<{ registration: RegistrationDto; lot: PublicLotSummaryDto }[]> {
  const db = ctx.database.db;
  const regs = await db.selectFrom("auction_registrations").selectAll().where("user_id", "=", user.id).orderBy("created_at", "desc").orderBy("id").limit(200).execute();
  const nowMs = ctx.now().getTime();
  const out: { registration: RegistrationDto; lot: PublicLotSummaryDto }[] = [];
  for (const r of regs) out.push({ registration: registrationDtoOf(r), lot: summaryOf(await publicLotRow(db, r.lot_id), nowMs) });
  return out;
}

// ─── staff ───────────────────────────────────────────────────────────────────────────────────────────

/** Case staff (act or supervise) and the case's parties read a case's lots; anyone else gets 404. */
async function assertMayRead(db: Executor, user: AuthUser, c: { id: string; court_id: string }): Promise<"act" | "supervise" | "party"> {
  try {
    return await caseAccess(db, user, c);
  } catch {
    throw lotNotFound();
  }
}

function summaryDtoOf(lot: LotRow, extra: { caseNumber: string | null; assetType: string }, nowMs: number): LotSummaryDto {
  return {
    id: lot.id,
    caseId: lot.case_id,
    caseNumber: extra.caseNumber,
    assetId: lot.asset_id,
    assetType: extra.assetType,
    round: lot.round,
    reason: lot.reason,
    previousLotId: lot.previous_lot_id,
    title: lot.title,
    startingPriceFen: lot.starting_price_fen,
    depositFen: lot.deposit_fen,
    announcementDate: lot.announcement_date,
    startAt: iso(lot.start_at),
    endAt: iso(lot.end_at),
    status: lot.status,
    phase: publicStatus(lot, nowMs),
    priceFen: lot.price_fen,
    leaderAlias: lot.leader_alias,
    bidCount: lot.bid_count,
  };
}

export async function listCaseLots(ctx: AppContext, user: AuthUser, caseId: string): Promise<LotSummaryDto[]> {
  const db = ctx.database.db;
  const c = await db.selectFrom("cases").select(["id", "court_id", "case_number"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw lotNotFound();
  await assertMayRead(db, user, c);
  const rows = await db
    .selectFrom("auction_lots as l")
    .innerJoin("assets as a", "a.id", "l.asset_id")
    .selectAll("l")
    .select("a.asset_type")
    .where("l.case_id", "=", caseId)
    .orderBy("l.created_at")
    .orderBy("l.id")
    .execute();
  const nowMs = ctx.now().getTime();
  return rows.map((r) => summaryDtoOf(r, { caseNumber: c.case_number, assetType: r.asset_type }, nowMs));
}

type StaffFilter = { status?: LotRow["status"] | "all" | undefined; page?: number | undefined; pageSize?: number | undefined };

/** The lots of every case of the officer's court (staff only), newest first, by stored status. */
export async function listCourtLots(ctx: AppContext, user: AuthUser, f: StaffFilter = {}): Promise<{ items: LotSummaryDto[]; total: number; page: number; pageSize: number; serverNow: string }> {
  if (!user.courtId) throw new DomainError("FORBIDDEN", { zh: "只有法院工作人员可以查看本院的拍卖", en: "Only court staff see the court's auctions" });
  return courtLots(ctx, user.courtId, f);
}

/** The same, for a court by id (the CLI runs as the operator). */
export async function courtLots(ctx: AppContext, courtId: string | null, f: StaffFilter = {}): Promise<{ items: LotSummaryDto[]; total: number; page: number; pageSize: number; serverNow: string }> {
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 50;
  let q = ctx.database.db.selectFrom("auction_lots as l").innerJoin("assets as a", "a.id", "l.asset_id").innerJoin("cases as c", "c.id", "l.case_id");
  if (courtId) q = q.where("l.court_id", "=", courtId);
  if (f.status && f.status !== "all") q = q.where("l.status", "=", f.status);
  const total = Number((await q.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow()).n);
  const rows = await q
    .selectAll("l")
    .select(["a.asset_type", "c.case_number"])
    .orderBy("l.created_at", "desc")
    .orderBy("l.id")
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const nowMs = ctx.now().getTime();
  return { items: rows.map((r) => summaryDtoOf(r, { caseNumber: r.case_number, assetType: r.asset_type }, nowMs)), total, page, pageSize, serverNow: formatShanghaiInstant(nowMs) };
}

/**
 * 拍卖变卖规定 art 16: who may take the property in lieu — the case's applicant(s) (their claim: what is
 * still owed between the parties) and the other enforcing creditors with a measure on the asset (another
 * court's seal or freeze recorded in the register; their claim is given by the officer). The suggested
 * rank follows the order of the measures on the asset (the earlier seal is paid first, 民诉法解释 art 514
 * para 2 reads so for ordinary creditors; the court may decide another legal order).
 */
export async function lotCreditors(db: Executor, lot: Pick<LotRow, "case_id" | "asset_id">, on: string): Promise<(CreditorDto & { partyId: string | null })[]> {
  const measures = await db
    .selectFrom("measures")
    .select(["id", "case_id", "external", "executed_by", "start_date", "registered_at", "queue_seq", "rank"])
    .where("asset_id", "=", lot.asset_id)
    .where("status", "in", ["active", "completed"])
    .orderBy("registered_at")
    .orderBy("queue_seq")
    .orderBy("id")
    .execute();
  const ours = measures.findIndex((m) => !m.external && m.case_id === lot.case_id);
  const ourRank = ours >= 0 ? measures.slice(0, ours).filter((m) => m.external).length + 1 : 1;
  const applicants = await db.selectFrom("case_parties").select(["id", "name"]).where("case_id", "=", lot.case_id).where("role", "=", "applicant").orderBy("position").execute();
  const outstanding = await applicantOutstandingIn(db, lot.case_id, on);
  const out: (CreditorDto & { partyId: string | null })[] = applicants.map((p, i) => ({
    creditorId: `party:${p.id}`,
    kind: "applicant",
    name: p.name,
    rank: ourRank,
    // Several applicants of one case share its claim: the first is shown with it, the rest as given.
    claimFen: i === 0 ? outstanding : null,
    measureId: ours >= 0 ? measures[ours]!.id : null,
    measureDate: ours >= 0 ? measures[ours]!.start_date : null,
    court: null,
    partyId: p.id,
  }));
  let rank = 0;
  for (const m of measures) {
    if (!m.external) continue;
    rank++;
    out.push({
      creditorId: `measure:${m.id}`,
      kind: "otherCreditor",
      name: `${m.executed_by ?? "其他法院"}的执行债权人（${m.start_date} 查封、冻结）`,
      rank: rank >= ourRank ? rank + 1 : rank,
      claimFen: null,
      measureId: m.id,
      measureDate: m.start_date,
      court: m.executed_by,
      partyId: null,
    });
  }
  return out;
}

/** The creditor list for the staff (act or supervise), by lot. */
export async function creditorsOfLot(ctx: AppContext, user: AuthUser, lotId: string): Promise<CreditorDto[]> {
  const db = ctx.database.db;
  const lot = await db.selectFrom("auction_lots").selectAll().where("id", "=", lotId).executeTakeFirst();
  if (!lot) throw lotNotFound();
  const c = await db.selectFrom("cases").select(["id", "court_id"]).where("id", "=", lot.case_id).executeTakeFirstOrThrow();
  if ((await assertMayRead(db, user, c)) === "party") throw lotNotFound();
  return (await lotCreditors(db, lot, shanghaiDateOf(ctx.now().getTime()))).map(({ partyId: _p, ...rest }) => rest);
}

/** Every lot (for the CLI), newest first. */
export async function listAllLots(ctx: AppContext, f: { caseId?: string; limit?: number } = {}): Promise<LotSummaryDto[]> {
  let q = ctx.database.db
    .selectFrom("auction_lots as l")
    .innerJoin("assets as a", "a.id", "l.asset_id")
    .innerJoin("cases as c", "c.id", "l.case_id")
    .selectAll("l")
    .select(["a.asset_type", "c.case_number"]);
  if (f.caseId) q = q.where("l.case_id", "=", f.caseId);
  const rows = await q.orderBy("l.created_at", "desc").orderBy("l.id").limit(f.limit ?? 200).execute();
  const nowMs = ctx.now().getTime();
  return rows.map((r) => summaryDtoOf(r, { caseNumber: r.case_number, assetType: r.asset_type }, nowMs));
}

export type StoredSuspension = { kind: "postpone" | "stay"; reason: string; on: string; causeEndedOn: string | null; resumeBy: string | null; resumedOn: string | null; before?: unknown };

export function suspensionOf(lot: Pick<LotRow, "suspension">): LotDto["suspension"] {
  const s = lot.suspension as StoredSuspension | null;
  return s ? { kind: s.kind, reason: s.reason, on: s.on, causeEndedOn: s.causeEndedOn, resumeBy: s.resumeBy, resumedOn: s.resumedOn } : null;
}

const citations = (v: unknown): Citation[] => (Array.isArray(v) ? (v as Citation[]) : []);

/** What may follow a failed lot (or its unsold fixed-price sale), by the domain's ladder. */
export function nextFor(ctx: AppContext, lot: LotRow, failedOn: string, unsoldSale: { priceFen: number; on: string } | null, assetType: string): NextAfterFailure {
  const cal = ctx.calendar.get();
  const periods = auctionSettings(ctx).periods;
  if (unsoldSale) return nextAfterFailure({ stage: "fixedPriceSale", failedOn: unsoldSale.on, salePriceFen: unsoldSale.priceFen, assetType: assetType as AssetType }, cal, periods);
  return nextAfterFailure(
    { stage: lot.round === 1 ? "auction1" : "auction2", failedOn, startingPriceFen: lot.starting_price_fen, assetType: assetType as AssetType, referencePriceFen: lot.reference_price_fen },
    cal,
    periods,
  );
}

function nextDtoOf(n: NextAfterFailure): NonNullable<LotDto["next"]> {
  return {
    stage: n.stage,
    prescribed: n.prescribed,
    options: n.options.map((o) => {
      switch (o.kind) {
        case "transferInLieu":
          return { kind: o.kind, priceFen: o.priceFen, basis: o.basis };
        case "reauction":
          return {
            kind: o.kind,
            latestStart: o.latestStart.date,
            earliestStart: o.earliestStart.date,
            minimumStartingPriceFen: o.minimumStartingPrice.amountFen,
            basis: o.basis,
          };
        case "fixedPriceSale":
          return {
            kind: o.kind,
            priceFen: o.phase.priceFen,
            phase: { priceFen: o.phase.priceFen, startsOn: o.phase.startsOn, endsOn: o.phase.endsOn, confidence: o.phase.confidence, note: o.phase.note },
            basis: o.basis,
          };
        default:
          return { kind: o.kind, basis: o.basis };
      }
    }),
  };
}

export async function getLot(ctx: AppContext, user: AuthUser | null, lotId: string, opts: { ip?: string | null } = {}): Promise<LotDto> {
  const db = ctx.database.db;
  const lot = await db.selectFrom("auction_lots").selectAll().where("id", "=", lotId).executeTakeFirst();
  if (!lot) throw lotNotFound();
  const c = await db.selectFrom("cases").select(["id", "court_id", "case_number"]).where("id", "=", lot.case_id).executeTakeFirstOrThrow();
  if (user) {
    const access = await assertMayRead(db, user, c);
    if (access === "party") throw lotNotFound(); // parties read the public page; bidder identities are the court's
  }
  const dto = await lotDtoOf(ctx, db, lot, c.case_number);
  if (user && dto.registrations.length) {
    // The bidders' names are personal data kept confidential until bidding ends (网拍规定 art 18 para 2): every staff read is audited.
    await writeAudit(db, {
      courtId: lot.court_id,
      actorId: user.id,
      actorRole: user.role,
      action: "auction.readBidders",
      entityType: "auctionLot",
      entityId: lot.id,
      caseId: lot.case_id,
      detail: { lotId: lot.id, registrations: dto.registrations.length, phase: dto.phase },
      ip: opts.ip ?? null,
    });
  }
  return dto;
}

export async function lotDtoOf(ctx: AppContext, db: Executor, lot: LotRow, caseNumber: string | null): Promise<LotDto> {
  const nowMs = ctx.now().getTime();
  const asset = await db.selectFrom("assets").select(["asset_type"]).where("id", "=", lot.asset_id).executeTakeFirstOrThrow();
  const regs = await db
    .selectFrom("auction_registrations as r")
    .innerJoin("users as u", "u.id", "r.user_id")
    .selectAll("r")
    .select("u.display_name")
    .where("r.lot_id", "=", lot.id)
    .orderBy("r.created_at")
    .orderBy("r.id")
    .execute();
  const result = await db.selectFrom("auction_results").selectAll().where("lot_id", "=", lot.id).executeTakeFirst();
  const disposals = await db.selectFrom("auction_disposals").selectAll().where("lot_id", "=", lot.id).orderBy("created_at").orderBy("id").execute();
  const clocks = await db.selectFrom("clocks").select(["id", "kind", "start_date", "due_date", "status", "met_date"]).where("subject_id", "=", lot.id).orderBy("due_date").orderBy("kind").execute();
  const barred = barredOf(lot);
  const barredUsers = barred.length ? await db.selectFrom("users").select(["id", "display_name"]).where("id", "in", barred).execute() : [];
  const later = await db.selectFrom("auction_lots").select("id").where("previous_lot_id", "=", lot.id).where("status", "!=", "cancelled").orderBy("created_at").executeTakeFirst();
  const min = minimumStartingPrice({
    referencePriceFen: lot.reference_price_fen,
    round: lot.round,
    ...(lot.previous_starting_price_fen !== null ? { previousStartingPriceFen: lot.previous_starting_price_fen } : {}),
  });
  const range = depositRange(lot.starting_price_fen);
  const cal = ctx.calendar.get();
  const notifyBy = latestPartyNoticeDate(lot.announcement_date, cal, auctionSettings(ctx).periods);
  let next: LotDto["next"] = null;
  if (lot.status === "failed" && result) {
    const unsold = [...disposals].reverse().find((d) => d.kind === "fixedPriceSale" && d.status === "unsold");
    const outcome = unsold?.outcome as { on?: string } | null | undefined;
    const n = nextFor(ctx, lot, shanghaiDateOf(ms(result.ended_at)), unsold && unsold.price_fen !== null ? { priceFen: unsold.price_fen, on: outcome?.on ?? unsold.ends_on! } : null, asset.asset_type);
    next = nextDtoOf(n);
  }
  const buyerName = result?.buyer_user_id ? (regs.find((r) => r.user_id === result.buyer_user_id)?.display_name ?? null) : null;
  return {
    ...summaryDtoOf(lot, { caseNumber, assetType: asset.asset_type }, nowMs),
    courtId: lot.court_id,
    measureId: lot.measure_id,
    description: lot.description,
    noticeText: lot.notice_text,
    documents: documentsOf(lot),
    referencePriceFen: lot.reference_price_fen,
    referenceSource: lot.reference_source,
    valuationId: lot.valuation_id,
    referenceDocument: lot.reference_document,
    minimumStartingPriceFen: min.amountFen,
    depositRange: { minFen: range.minFen, maxFen: range.maxFen },
    incrementFen: lot.increment_fen,
    notifyPartiesBy: notifyBy.date,
    partiesNotifiedOn: lot.parties_notified_on,
    posting: lot.posting_started_on
      ? { startedOn: lot.posting_started_on, reason: lot.posting_reason ?? "", deemedNotifiedOn: deemedNotifiedOn(lot.posting_started_on, cal, auctionSettings(ctx).periods).date }
      : null,
    suspension: suspensionOf(lot),
    announcedAt: isoOrNull(lot.announced_at),
    scheduledEndAt: iso(lot.scheduled_end_at),
    barredBidders: barred.map((id) => ({ userId: id, name: barredUsers.find((u) => u.id === id)?.display_name ?? id })),
    cancelReason: lot.cancel_reason,
    closedAt: isoOrNull(lot.closed_at),
    createdAt: iso(lot.created_at),
    registrations: regs.map((r) => ({
      id: r.id,
      alias: r.alias,
      userId: r.user_id,
      name: r.display_name,
      isApplicant: r.is_applicant,
      depositDueFen: r.deposit_due_fen,
      depositStatus: r.deposit_status,
      paymentReference: r.payment_reference,
      priorityRank: r.priority_rank,
      refundDueAt: isoOrNull(r.refund_due_at),
      refundedAt: isoOrNull(r.refunded_at),
    })),
    result: result
      ? {
          kind: result.kind,
          endedAt: iso(result.ended_at),
          bidCount: result.bid_count,
          buyerAlias: result.buyer_alias,
          buyerUserId: result.buyer_user_id,
          buyerName,
          priceFen: result.price_fen,
          depositCreditedFen: result.deposit_credited_fen,
          balanceDueFen: result.balance_due_fen,
          depositTransferDueAt: isoOrNull(result.deposit_transfer_due_at),
          depositTransferredAt: isoOrNull(result.deposit_transferred_at),
          depositTransferReference: result.deposit_transfer_reference,
          depositEntryId: result.deposit_entry_id,
          forfeitureEntryIds: Array.isArray(result.forfeiture_entry_ids) ? (result.forfeiture_entry_ids as string[]) : [],
          refundDueAt: iso(result.refund_due_at),
          balancePaidOn: result.balance_paid_on,
          paymentReference: result.payment_reference,
          proceedsEntryId: result.proceeds_entry_id,
          rulingServedOn: result.ruling_served_on,
          ownershipPassedOn: result.ruling_served_on,
          handedOverOn: result.handed_over_on,
          defaultedOn: result.defaulted_on,
          forfeiture: result.forfeiture ?? null,
          basis: citations(result.basis),
        }
      : null,
    disposals: disposals.map((d) => ({
      id: d.id,
      kind: d.kind,
      status: d.status,
      priceFen: d.price_fen,
      startsOn: d.starts_on,
      endsOn: d.ends_on,
      transferee: d.transferee ?? null,
      outcome: d.outcome ?? null,
      decidedOn: d.decided_on,
      rulingServedOn: d.ruling_served_on,
      handedOverOn: d.handed_over_on,
      differencePaidOn: d.difference_paid_on,
      setOffEntryIds: Array.isArray(d.set_off_entry_ids) ? (d.set_off_entry_ids as string[]) : [],
      basis: citations(d.basis),
    })),
    clocks: clocks.map((k) => ({ id: k.id, kind: k.kind, startDate: k.start_date, dueDate: k.due_date, status: k.status, metDate: k.met_date })),
    next,
    laterLotId: later?.id ?? null,
  };
}
