// zhixing auctions list | close-due: the auction lots (all, or one case's) and the close job run once.
import { DomainError, fenToYuanString } from "@zhixing/domain";
import { runAuctionClose } from "../jobs/auction-close.job";
import { courtLots, listAllLots } from "../modules/auctions/auctions.queries";
import { LOT_STATUSES } from "../modules/auctions/auctions.schemas";
import { withContext } from "./db-context";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function runAuctionsList(o: { case?: string; court?: string; status?: string; limit?: string; json?: boolean }): Promise<void> {
  const limit = o.limit === undefined ? 200 : Number(o.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new DomainError("VALIDATION", { zh: "--limit 应为 1 至 10000 的整数", en: "--limit must be a whole number from 1 to 10000" }, { field: "limit" });
  if (o.status !== undefined && !(LOT_STATUSES as readonly string[]).includes(o.status)) {
    throw new DomainError("VALIDATION", { zh: `--status 应为 ${LOT_STATUSES.join("、")} 之一`, en: `--status must be one of ${LOT_STATUSES.join(", ")}` }, { field: "status" });
  }
  await withContext(async (ctx) => {
    let caseId: string | undefined;
    if (o.case !== undefined) {
      const ref = o.case.trim();
      const c = await ctx.database.db.selectFrom("cases").select(["id"]).where(UUID.test(ref) ? "id" : "case_number", "=", ref).executeTakeFirst();
      if (!c) throw new DomainError("NOT_FOUND", { zh: `案件 ${ref} 不存在`, en: `no case ${ref}` }, { field: "case" });
      caseId = c.id;
    }
    let lots;
    if (caseId) lots = await listAllLots(ctx, { caseId, limit });
    else {
      // Without --case: the court's lots (--court, by id or name), or every court's; filtered by --status.
      let courtId: string | null = null;
      if (o.court !== undefined) {
        const ref = o.court.trim();
        const ct = await ctx.database.db.selectFrom("courts").select(["id"]).where((eb) => eb.or([eb("id", "=", ref), eb("name", "=", ref)])).executeTakeFirst();
        if (!ct) throw new DomainError("NOT_FOUND", { zh: `法院 ${ref} 不存在`, en: `no court ${ref}` }, { field: "court" });
        courtId = ct.id;
      }
      lots = (await courtLots(ctx, courtId, { status: (o.status as (typeof LOT_STATUSES)[number] | undefined) ?? "all", pageSize: limit })).items;
    }
    if (o.json) {
      process.stdout.write(JSON.stringify({ items: lots }, null, 2) + "\n");
      return;
    }
    if (!lots.length) {
      process.stdout.write("no auction lots 暂无拍卖\n");
      return;
    }
    for (const l of lots) {
      process.stdout.write(
        [
          l.id.slice(0, 8),
          (l.caseNumber ?? l.caseId.slice(0, 8)).padEnd(20),
          `R${l.round}`,
          l.phase.padEnd(9),
          `start ¥${fenToYuanString(l.startingPriceFen)}`.padEnd(22),
          l.priceFen === null ? "no bid".padEnd(22) : `price ¥${fenToYuanString(l.priceFen)}`.padEnd(22),
          `${l.bidCount} bid(s)`.padEnd(10),
          `${l.startAt} → ${l.endAt}`,
          l.title,
        ].join("  ") + "\n",
      );
    }
  });
}

export async function runAuctionsCloseDue(o: { json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const r = await runAuctionClose(ctx);
    process.stdout.write(
      o.json
        ? JSON.stringify(r) + "\n"
        : `auction lots closed: ${r.closed} (sold ${r.sold}, failed ${r.failed}); deposits refunded: ${r.refunds.refunded}${r.refunds.failed ? `, refunds failed (retried next run): ${r.refunds.failed}` : ""}\n`,
    );
  });
}
