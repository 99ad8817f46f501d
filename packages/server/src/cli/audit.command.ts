import { verifyAuditChain } from "@zhixing/db";
import { withContext } from "./db-context";

export async function runAuditVerify(o: { json?: boolean }): Promise<void> {
  const v = await withContext((ctx) => verifyAuditChain(ctx.database.db));
  if (o.json) {
    process.stdout.write(JSON.stringify(v, null, 2) + "\n");
  } else if (v.ok) {
    process.stdout.write(`审计日志完整 audit log intact: ${v.records} record(s) in ${v.chains} chain(s), every SM3 hash verified\n`);
  } else {
    process.stdout.write(`审计日志被篡改 audit log TAMPERED: ${v.problems.length} problem(s)\n`);
    for (const p of v.problems) {
      process.stdout.write(`  chain ${p.chainKey} #${p.chainSeq ?? "-"} ${p.id ?? ""}: ${p.problem} — ${p.detail}\n`);
    }
  }
  if (!v.ok) process.exitCode = 1;
}
