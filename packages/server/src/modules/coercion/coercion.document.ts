// The 罚款决定书 / 拘留决定书 as a printable document (HTML): the case, the person, the ground and the
// facts, the amount or days, the president's approval, the right to apply once to the higher court
// within 3 days of receipt (民诉法(2023) art 119 para 3; 民诉法解释 art 185), that enforcement is not
// stayed, and the articles it rests on. Built from the sanction as the reader may see it (getSanction).
import { COERCION_GROUND_INFO, formatCitation, formatYuan, invalidField, type CoercionGround, type Fen } from "@zhixing/domain";
import type { SanctionDto } from "./coercion.schemas";

type Lang = "zh" | "en";
const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

const T = {
  zh: {
    fine: "罚款决定书",
    detention: "拘留决定书",
    caseNo: "案号",
    person: "被处罚人",
    principal: "（单位主要负责人）",
    responsible: "（单位直接责任人员）",
    ground: "事由",
    facts: "查明事实",
    amount: "罚款金额",
    days: "拘留期限",
    daysUnit: (n: number) => `${n} 日（由公安机关看管；被拘留人承认并改正错误的，可以提前解除拘留）`,
    decided: "决定日期（经院长批准）",
    served: "送达日期",
    notServed: "尚未送达",
    remedy: "如不服本决定，可以在收到决定书之日起三日内向上一级人民法院申请复议一次。复议期间不停止执行。",
    reconsidered: "复议结果",
    outcomes: { pending: "复议审查中", affirmed: "维持原决定", varied: "变更原决定", revoked: "撤销原决定" } as Record<string, string>,
    basis: "依据",
  },
  en: {
    fine: "Decision imposing a fine",
    detention: "Decision of detention",
    caseNo: "Case number",
    person: "Person sanctioned",
    principal: " (principal of the entity)",
    responsible: " (directly responsible person of the entity)",
    ground: "Ground",
    facts: "Facts found",
    amount: "Fine",
    days: "Detention",
    daysUnit: (n: number) => `${n} days (in the custody of the public security organ; early release when the detainee admits and corrects the wrong)`,
    decided: "Decided (with the president's approval)",
    served: "Served",
    notServed: "Not yet served",
    remedy: "You may apply once to the higher people's court for reconsideration within 3 days of receiving this decision. Enforcement is not stayed meanwhile.",
    reconsidered: "Reconsideration",
    outcomes: { pending: "being reconsidered", affirmed: "affirmed", varied: "varied", revoked: "revoked" } as Record<string, string>,
    basis: "Basis",
  },
};

export function sanctionDocument(s: SanctionDto, lang: Lang = "zh"): string {
  if (s.status !== "decided") throw invalidField("status", { zh: "尚未作出决定，没有决定书", en: "Not decided yet: there is no decision document" });
  const t = T[lang];
  const row = (k: string, v: string) => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`;
  const ground = COERCION_GROUND_INFO[s.ground as CoercionGround]?.label;
  const who = `${esc(s.personName)}${s.forEntity === "principal" ? esc(t.principal) : s.forEntity === "directlyResponsible" ? esc(t.responsible) : ""}`;
  const r = s.reconsideration;
  const basis = s.basis.map((c) => `<li>${esc(formatCitation(c, lang))}</li>`).join("");
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(s.measure === "fine" ? t.fine : t.detention)} ${esc(s.caseNumber ?? "")}</title>
<style>
  body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", serif; max-width: 760px; margin: 24px auto; padding: 0 16px; color: #000; line-height: 1.6; }
  h1 { text-align: center; font-size: 22px; letter-spacing: 2px; }
  table { width: 100%; border-collapse: collapse; margin: 12px 0; }
  th, td { border: 1px solid #666; padding: 6px 8px; text-align: left; vertical-align: top; }
  th { width: 30%; background: #f5f5f5; font-weight: normal; }
  @media print { body { margin: 0; } }
</style>
</head>
<body data-testid="sanction-document" data-sanction-id="${esc(s.id)}">
<h1>${esc(s.measure === "fine" ? t.fine : t.detention)}</h1>
<table>
${row(t.caseNo, esc(s.caseNumber ?? "—"))}
${row(t.person, who)}
${row(t.ground, esc(ground ? (lang === "zh" ? ground.zh : ground.en) : s.ground))}
${row(t.facts, esc(s.facts))}
${s.measure === "fine" ? row(t.amount, esc(formatYuan((s.amountFen ?? 0) as Fen, lang))) : row(t.days, esc(t.daysUnit(s.days ?? 0)))}
${row(t.decided, esc(s.decidedOn ?? "—"))}
${row(t.served, esc(s.servedOn ?? t.notServed))}
${r ? row(t.reconsidered, esc(`${t.outcomes[r.status] ?? r.status}${r.decidedOn ? ` ${r.decidedOn}` : ""}`)) : ""}
</table>
<p>${esc(t.remedy)}</p>
<h2 style="font-size:16px">${esc(t.basis)}</h2>
<ul>${basis}</ul>
</body>
</html>`;
}
