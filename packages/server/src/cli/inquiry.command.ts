// zhixing inquiry run: an online inquiry from the command line, with the same rules as the API (who may
// query, which cases, the limits, the audit record). The CLI acts as a user: --as <username>, or by
// default the case's handler; the audit record says it came from the CLI and which OS user ran it.
import { DomainError, invalidField } from "@zhixing/domain";
import { PROVIDER_KEYS, PROVIDER_LABELS, isProviderKey, type ProviderKey } from "../adapters/inquiry";
import type { AuthUser } from "../http/auth";
import { parseOrThrow } from "../http/validate";
import { getInquiryDetail } from "../modules/inquiries/inquiries.queries";
import { inquiryBody } from "../modules/inquiries/inquiries.schemas";
import { runInquiry } from "../modules/inquiries/inquiries.service";
import { withContext } from "./db-context";

/** Short names accepted on the command line besides the keys themselves. */
const ALIASES: Record<string, ProviderKey> = {
  bank: "bankDeposit",
  deposit: "bankDeposit",
  payment: "onlinePaymentFunds",
  ip: "patentTrademark",
  patent: "patentTrademark",
  trademark: "patentTrademark",
};

export function parseProviders(list: string | undefined): ProviderKey[] | undefined {
  if (list === undefined) return undefined;
  const keys = list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const k = ALIASES[s] ?? s;
      if (!isProviderKey(k)) {
        throw invalidField("providers", { zh: `未知查询对象 ${s}，可选：${PROVIDER_KEYS.join(", ")}`, en: `unknown provider ${s}; one of ${PROVIDER_KEYS.join(", ")}` });
      }
      return k;
    });
  if (!keys.length) throw invalidField("providers", { zh: "请至少选择一个查询对象", en: "name at least one provider" });
  return [...new Set(keys)];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function runInquiryCommand(o: { case: string; purpose: string; providers?: string; as?: string; supervisionReason?: string; json?: boolean }): Promise<void> {
  const providers = parseProviders(o.providers);
  const body = parseOrThrow(inquiryBody, {
    purpose: o.purpose,
    ...(providers ? { providers } : {}),
    ...(o.supervisionReason !== undefined ? { supervisionReason: o.supervisionReason } : {}),
  });
  await withContext(async (ctx) => {
    const db = ctx.database.db;
    const ref = o.case.trim();
    const c = await db
      .selectFrom("cases")
      .select(["id", "handler_id", "case_number"])
      .where(UUID.test(ref) ? "id" : "case_number", "=", ref)
      .executeTakeFirst();
    if (!c) throw new DomainError("NOT_FOUND", { zh: `案件 ${ref} 不存在`, en: `no case ${ref}` }, { field: "case" });
    let u;
    if (o.as) {
      u = await db.selectFrom("users").selectAll().where("username", "=", o.as).executeTakeFirst();
      if (!u) throw invalidField("as", { zh: `用户 ${o.as} 不存在`, en: `no user ${o.as}` });
    } else {
      if (!c.handler_id) throw invalidField("as", { zh: "案件尚未分配承办人，请用 --as 指定查询人", en: "the case has no handler yet; name the user with --as" });
      u = await db.selectFrom("users").selectAll().where("id", "=", c.handler_id).executeTakeFirstOrThrow();
    }
    if (!u.active) throw invalidField("as", { zh: `用户 ${u.username} 已停用`, en: `user ${u.username} is deactivated` });
    const user: AuthUser = { id: u.id, username: u.username, displayName: u.display_name, role: u.role as AuthUser["role"], courtId: u.court_id };
    const id = await runInquiry(ctx, user, { caseId: c.id, ...body }, { channel: "cli" });
    const detail = await getInquiryDetail(ctx, user, id, { audit: false });
    if (o.json) {
      process.stdout.write(JSON.stringify(detail, null, 2) + "\n");
    } else {
      const status = { done: "完成 done", partial: "部分完成 partial", failed: "失败 failed", pending: "进行中 pending" }[detail.status];
      process.stdout.write(`网络查控 inquiry ${detail.id}  ${detail.caseNumber ?? c.id}  ${status}  (as ${user.username})\n`);
      for (const p of detail.providerOutcomes) {
        const head = `  ${p.label.zh} ${p.label.en}`.padEnd(40);
        process.stdout.write(`${head} ${p.status === "found" ? `${p.itemCount} item(s)` : p.status === "none" ? "无 none" : `错误 error: ${p.errors.join("; ")}`}\n`);
        for (const r of detail.results.filter((x) => x.provider === p.provider && x.status === "found")) {
          const amount = r.amountFen === null ? "" : `  ¥${(r.amountFen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
          process.stdout.write(`      ${r.respondent?.name ?? ""}  ${r.holder}  ${r.identifier}${amount}\n        ${r.description}\n`);
        }
      }
    }
    if (detail.status === "failed") process.exitCode = 1;
  });
}

export const PROVIDER_HELP = PROVIDER_KEYS.map((k) => `${k} (${PROVIDER_LABELS[k].zh})`).join(", ");
