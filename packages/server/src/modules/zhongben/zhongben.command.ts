// zhixing zhongben reinquire: the 终本 re-inquiry job run once (终本规定 art 9).
import { withContext } from "../../cli/db-context";
import { runZhongbenReinquiry } from "../../jobs/zhongben-reinquiry.job";

export async function runZhongbenReinquire(o: { json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const r = await runZhongbenReinquiry(ctx);
    if (o.json) {
      process.stdout.write(JSON.stringify(r) + "\n");
      return;
    }
    process.stdout.write(`终本 cases checked: ${r.checked}; re-inquiries run: ${r.ran}\n`);
    for (const x of r.runs) process.stdout.write(`  ${x.caseId.slice(0, 8)}  run ${x.seq} (due ${x.due})  ${x.status}  found ${x.itemsFound}${x.resumeFlag ? "  RESUME" : ""}${x.deletionTriggered ? "  失信 deleted" : ""}${x.note ? `  ${x.note}` : ""}\n`);
  });
}
