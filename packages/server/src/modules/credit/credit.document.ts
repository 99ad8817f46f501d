// The printable documents of 信用惩戒: the 限制消费令 (限制消费规定 arts 5–7: period, items, consequences,
// signed by the president), the 限制出境决定书, and the 失信决定书 (失信规定 art 5), in the art 6 form (ID masked).
import { formatCitation, RESTRICTED_ACT_INFO, RESTRICTED_ACTS, DISHONEST_GROUND_INFO, type Citation, type DishonestGround } from "@zhixing/domain";
import type { ListingDto, RestrictionDto } from "./credit.schemas";

export type Lang = "zh" | "en";
const esc = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
const ROLE: Record<string, { zh: string; en: string }> = {
  legalRepresentative: { zh: "法定代表人", en: "legal representative" },
  principal: { zh: "主要负责人", en: "principal" },
  directlyResponsible: { zh: "直接责任人员", en: "directly responsible person" },
  actualController: { zh: "实际控制人", en: "actual controller" },
};

function page(lang: Lang, title: string, caseNumber: string, court: string, body: string, basis: Citation[]): string {
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} ${esc(caseNumber)}</title>
<style>
  body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", serif; max-width: 760px; margin: 24px auto; padding: 0 16px; color: #000; line-height: 1.7; }
  h1 { text-align: center; font-size: 22px; } h2 { text-align: center; font-size: 18px; font-weight: normal; }
  .no { text-align: right; } table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: 4px 8px; text-align: left; vertical-align: top; }
  th { width: 28%; background: #f5f5f5; } .sign { text-align: right; margin-top: 32px; } @media print { .noprint { display: none; } }
</style>
</head>
<body>
<h2>${esc(court)}</h2>
<h1>${esc(title)}</h1>
<p class="no">${esc(caseNumber)}</p>
${body}
<h3>${lang === "zh" ? "依据" : "Basis"}</h3>
<ul>${basis.map((c) => `<li>${esc(formatCitation(c, lang))}</li>`).join("")}</ul>
<p class="noprint"><button onclick="window.print()">${lang === "zh" ? "打印" : "Print"}</button></p>
</body>
</html>`;
}

export function restrictionDocument(r: RestrictionDto, k: { caseNumber: string; court: string }, lang: Lang = "zh"): string {
  const zh = lang === "zh";
  const row = (a: string, b: string) => `<tr><th>${esc(a)}</th><td>${b}</td></tr>`;
  const persons = r.persons.map((p) => `${esc(p.name)}（${esc(zh ? (ROLE[p.role]?.zh ?? p.role) : (ROLE[p.role]?.en ?? p.role))}）`).join("、") || "—";
  if (r.kind === "consumption") {
    const acts = RESTRICTED_ACTS.map((a, i) => `<li>${i + 1}. ${esc(zh ? RESTRICTED_ACT_INFO[a].label.zh : RESTRICTED_ACT_INFO[a].label.en)}</li>`).join("");
    const body = `<table>
${row(zh ? "被限制消费人" : "Restricted respondent", esc(r.partyName))}
${row(zh ? "同时限制" : "Also restricted", persons)}
${row(zh ? "启动方式" : "Initiated", esc(r.initiatedBy === "applicantWritten" ? (zh ? "申请执行人书面申请" : "the applicant's written application") : zh ? "依职权" : "of the court's own motion"))}
${row(zh ? "状态" : "Status", esc(r.status === "awaitingSignature" ? (zh ? "待院长签发" : "awaiting the president's signature") : r.status === "issued" ? (zh ? "已签发" : "issued") : zh ? "已解除" : "lifted"))}
${row(zh ? "期间" : "Period", esc(zh ? `自 ${r.issuedDate ?? "签发之日"} 起至被执行人履行完毕或依法解除之日止` : `from ${r.issuedDate ?? "signature"} until performance or lifting`))}
${row(zh ? "协助执行单位" : "Assisting units notified", esc(r.recipients.join("、")))}
${r.liftedDate ? row(zh ? "解除" : "Lifted", esc(`${r.liftedDate} ${r.liftingGround ?? ""} ${r.liftingNote ?? ""}`)) : ""}
</table>
<h3>${zh ? "限制事项" : "Restricted acts"}</h3><ul style="list-style:none;padding-left:0">${acts}</ul>
<h3>${zh ? "违反后果" : "Consequences"}</h3>
<p>${esc(zh ? "被限制消费人违反本令的，经查证属实，依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以拘留、罚款；情节严重，构成犯罪的，追究其刑事责任。" : "A breach, once verified, is sanctioned by detention or a fine under 民诉法 art 114; a serious breach that is a crime is prosecuted.")}</p>
<p class="sign">${esc(zh ? "院长" : "President")}：${esc(r.signedByName ?? (zh ? "（待签发）" : "(awaiting signature)"))}　${esc(r.signedDate ?? "")}</p>`;
    return page(lang, zh ? "限制消费令" : "Consumption restriction order", k.caseNumber, k.court, body, r.basis);
  }
  const body = `<table>
${row(zh ? "被执行人" : "Respondent", esc(r.partyName))}
${row(zh ? "限制出境人员" : "Restricted from leaving", r.coversRespondent ? esc(r.partyName) + (r.persons.length ? `、${persons}` : "") : persons)}
${row(zh ? "启动方式" : "Initiated", esc(r.initiatedBy === "applicantWritten" ? (zh ? "申请执行人书面申请" : "the applicant's written application") : zh ? "依职权" : "of the court's own motion"))}
${row(zh ? "决定日期" : "Decided", esc(r.issuedDate ?? ""))}
${row(zh ? "协助执行单位" : "Assisting units notified", esc(r.recipients.join("、")))}
${r.liftedDate ? row(zh ? "解除" : "Lifted", esc(`${r.liftedDate} ${r.liftingGround ?? ""} ${r.liftingNote ?? ""}`)) : ""}
</table>
<p>${esc(zh ? "如不服本决定，可以自收到决定书之日起十日内向上一级人民法院申请复议。复议期间，不停止原决定的执行。" : "You may apply to the higher court for reconsideration within 10 days of receiving this decision; the restriction stays in force meanwhile.")}</p>`;
  return page(lang, zh ? "限制出境决定书" : "Exit restriction decision", k.caseNumber, k.court, body, r.basis);
}

export function listingDocument(l: ListingDto, k: { caseNumber: string; court: string }, lang: Lang = "zh"): string {
  const zh = lang === "zh";
  const e = l.entry as { subject: Record<string, unknown>; obligation: string; performanceStatus: string; basisIssuer: string; basisNumber: string };
  const row = (a: string, b: string) => `<tr><th>${esc(a)}</th><td>${esc(b)}</td></tr>`;
  const s = e.subject;
  const subject =
    s.kind === "naturalPerson"
      ? `${s.name}，${s.sex === "male" ? (zh ? "男" : "male") : zh ? "女" : "female"}，${s.age}${zh ? "岁" : " years"}，${zh ? "身份证号码" : "ID"} ${s.idNumberMasked}`
      : `${s.name}，${zh ? "统一社会信用代码" : "credit code"} ${s.creditCode}，${zh ? "法定代表人或者负责人" : "representative"} ${s.representativeName}`;
  const ground = DISHONEST_GROUND_INFO[l.ground as DishonestGround];
  const body = `<table>
${row(zh ? "被执行人" : "Respondent", subject)}
${row(zh ? "执行依据" : "Basis", `${e.basisIssuer} ${e.basisNumber}`)}
${row(zh ? "生效法律文书确定的义务" : "Obligation", e.obligation)}
${row(zh ? "履行情况" : "Performance", e.performanceStatus)}
${row(zh ? "失信行为" : "Dishonest conduct", `${zh ? `第一条第${ground.item}项` : `art 1(${ground.item})`}：${zh ? ground.label.zh : ground.label.en}`)}
${row(zh ? "决定日期（即日生效）" : "Decided (effective at once)", l.decisionDate)}
${row(zh ? "纳入期限" : "Term", l.termEnd ? `${zh ? "至" : "until"} ${l.termEnd}${l.extensionYears ? (zh ? `（延长 ${l.extensionYears} 年）` : ` (extended ${l.extensionYears} y)`) : ""}` : zh ? "无固定期限（第一条第一项）" : "no fixed term (art 1(1))")}
${row(zh ? "公布" : "Published", l.published ? `${zh ? "已通过最高人民法院失信被执行人名单库公布" : "published through the SPC database"} ${l.publishedDate ?? ""}` : zh ? "未公布" : "not published")}
${l.deletion ? row(zh ? "删除" : "Deleted", `${l.deletion.deletedDate} ${l.deletion.condition ?? ""} ${l.deletion.note ?? ""}`) : ""}
</table>
<p>${esc(zh ? "被执行人认为本决定有错误的，可以向本院申请纠正。" : "A respondent who thinks this decision wrong may ask this court to correct it.")}</p>`;
  return page(lang, zh ? "纳入失信被执行人名单决定书" : "Decision listing a dishonest debtor", k.caseNumber, k.court, body, l.basis);
}
