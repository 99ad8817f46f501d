// zhixing ledger show --case <id or case number> [--json]: the case's money ledger as staff see it.
import { DomainError, formatYuan } from "@zhixing/domain";
import { today } from "../context";
import { findLedgerCase, ledgerViewOf, loadLedgerSource } from "../modules/ledger/ledger.queries";
import { withContext } from "./db-context";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function runLedgerShow(o: { case: string; json?: boolean }): Promise<void> {
  const key = o.case.trim();
  await withContext(async (ctx) => {
    const db = ctx.database.db;
    const c = await findLedgerCase(db, key, UUID.test(key) ? "id" : "caseNumber");
    if (!c) {
      throw new DomainError("NOT_FOUND", { zh: `没有案件 ${key}`, en: `no case ${key}` }, { field: "case" });
    }
    const v = ledgerViewOf(await loadLedgerSource(db, c), "staff", today(ctx), ctx.calendar.get());
    if (o.json) {
      process.stdout.write(JSON.stringify(v, null, 2) + "\n");
      return;
    }
    const y = (fen: number) => formatYuan(fen, "en").replace(/^CNY /, "");
    const b = v.balances!;
    const out: string[] = [];
    out.push(`执行款台账 ledger of ${v.caseNumber ?? "(待立案 pending)"} (${v.caseId})`);
    out.push(
      `  received 到账 ${y(b.receivedFen)}  undistributed 未分配 ${y(b.undistributedFen)}  held 待发放 ${y(b.heldForPayoutFen)}  paid out 已发放 ${y(b.paidOutFen)}  fee 执行费 ${y(b.feeFen)}  (yuan)`,
    );
    if (!v.entries.length) out.push("  no entries 暂无记录");
    for (const e of v.entries) {
      const what = e.source ?? e.target ?? e.payee ?? (e.reverses ? `reverses ${e.reverses.slice(0, 8)}` : "");
      out.push(
        `  #${String(e.seq).padStart(3)} ${e.date} ${e.kind.padEnd(10)} ${what.padEnd(18)} ${y(e.amountFen).padStart(16)}${e.reversed ? "  [reversed 已冲正]" : ""}${e.note ?? e.reference ? `  ${e.note ?? e.reference}` : ""}`,
      );
    }
    for (const d of v.payoutDeadlines) {
      out.push(`  payout due 发放期限 ${d.due}${d.overdue ? " OVERDUE 已逾期" : ""}: ${y(d.undisbursedFen)} of the receipt of ${d.receivedOn} (${d.confidence})`);
    }
    process.stdout.write(out.join("\n") + "\n");
  });
}
