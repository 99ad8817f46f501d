// A valuation report as a printable document (HTML): the method, the body that issued it (platform or
// agency, with the report number), the result, its validity, when it was received and served and on whom
// (parties by role, interested persons by relation and name — masked for a party reader), the objection
// window, the reference price it made, and the articles it rests on. Built from the valuation as the
// reader may see it (getValuation: staff of the court and above, the case's parties; anyone else 404).
import { citeSource, formatCitation, formatYuan, invalidField, VALUATION_METHOD_LABELS, type Citation } from "@zhixing/domain";
import type { ValuationDto } from "./valuation.schemas";

type Lang = "zh" | "en";
const P = (article: string): Citation => citeSource("referencePrice", article);

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);


/** The articles a report of this kind rests on. */
export function reportBasis(kind: ValuationDto["reports"][number]["kind"], origin: "original" | "reissue"): Citation[] {
  const byKind: Record<typeof kind, Citation[]> = {
    directedInquiry: [P("art 5"), P("art 6"), P("art 24 para 2")],
    onlineInquiry: [P("art 10"), P("art 11"), P("art 12"), P("art 13"), P("art 22")],
    appraisal: [P("art 16"), P("art 17"), P("art 19"), P("art 20"), P("arts 22, 23")],
  };
  const reissue = origin === "reissue" ? [P(kind === "appraisal" ? "art 19 para 4" : "art 11 para 4")] : [];
  return [...byKind[kind], ...reissue, P("art 21"), P("art 27"), P("art 30")];
}

const T = {
  zh: {
    title: "确定财产处置参考价报告",
    caseNo: "案号",
    asset: "财产",
    method: "确定方式",
    source: "出具机构",
    reportNo: "报告编号",
    reportDate: "出具日期",
    received: "法院收到日期",
    result: "结果",
    validUntil: "有效期至",
    origin: "报告类别",
    original: "原报告",
    reissue: "重新出具的报告（有效期内未发布一拍公告）",
    service: "送达",
    notServed: "尚未送达（应于收到后三日内送达，第二十一条第一款）",
    serviceDue: "应送达期限",
    who: "受送达人",
    via: "方式",
    receivedOn: "收到（视为收到）日期",
    objectionDue: "异议期限至",
    served: "直接送达",
    published: "公示送达（公示满十五日视为收到）",
    applicant: "申请执行人",
    respondent: "被执行人",
    interested: "利害关系人",
    noObjection: "不受理异议（第二十四条第二款）",
    objections: "异议",
    objectionRule: "当事人、利害关系人可以在收到报告后五日内书面提出异议（第二十二条、第二十三条）",
    price: "参考价",
    priceFrom: "依本报告确定的参考价",
    priceFixed: "确定日期",
    basis: "依据",
    ended: "确定参考价程序已终止",
    platforms: "司法网络询价平台",
    agencies: "评估机构",
    review: "法院审查（第二十条）",
    relations: { priorityHolder: "优先权人", otherCreditor: "其他申请查封的债权人", coOwner: "共有人", other: "其他利害关系人" } as Record<string, string>,
    simulated: "本系统对接的询价平台与评估机构为模拟数据",
  },
  en: {
    title: "Reference price report (确定财产处置参考价)",
    caseNo: "Case number",
    asset: "Property",
    method: "Method",
    source: "Issued by",
    reportNo: "Report number",
    reportDate: "Issued on",
    received: "Received by the court",
    result: "Result",
    validUntil: "Valid until",
    origin: "Report",
    original: "Original report",
    reissue: "Re-issued (validity lapsed before the first auction notice)",
    service: "Service",
    notServed: "Not served yet (due within 3 days of receipt, art 21 para 1)",
    serviceDue: "Service due",
    who: "Served on",
    via: "How",
    receivedOn: "Received (or deemed received)",
    objectionDue: "Objections until",
    served: "Served",
    published: "Published (deemed received after 15 days)",
    applicant: "Applicant",
    respondent: "Respondent",
    interested: "Interested person",
    noObjection: "No objection accepted (art 24 para 2)",
    objections: "Objections",
    objectionRule: "Parties and interested persons may object in writing within 5 days of receiving the report (arts 22, 23)",
    price: "Reference price",
    priceFrom: "Reference price fixed from this report",
    priceFixed: "Fixed on",
    basis: "Basis",
    ended: "The valuation has ended",
    platforms: "Online inquiry platforms",
    agencies: "Appraisal agencies",
    review: "The court's review (art 20)",
    relations: { priorityHolder: "Priority holder", otherCreditor: "Another creditor with a measure on the asset", coOwner: "Co-owner", other: "Other interested person" } as Record<string, string>,
    simulated: "The platforms and agencies connected to this system are simulated",
  },
};

/** The printable HTML of report `reportId` of the valuation `v` (as the reader sees it). */
export function reportDocument(v: ValuationDto, reportId: string, lang: Lang = "zh"): string {
  const r = v.reports.find((x) => x.id === reportId);
  if (!r) throw invalidField("reportId", { zh: "该确定参考价程序没有这份报告", en: "No such report in this valuation" });
  const t = T[lang];
  const loc = (l: { zh: string; en: string }) => (lang === "zh" ? l.zh : l.en);
  const sideOf = new Map<string, string>([
    ...(v.agreement?.parties ?? []).map((p) => [p.partyId, p.side] as [string, string]),
    ...v.viewerParties.map((p) => [p.partyId, p.side] as [string, string]),
    ...v.objections.map((o) => [o.partyId, o.side ?? ""] as [string, string]),
  ]);
  const row = (k: string, val: string) => `<tr><th>${esc(k)}</th><td>${val}</td></tr>`;
  const price = v.referencePrice;
  const madePrice =
    price &&
    (price.detail.reportId === r.id ||
      (Array.isArray(price.detail.reissuedReports) && (price.detail.reissuedReports as string[]).includes(r.id)) ||
      (r.kind === "onlineInquiry" && r.origin === "original" && !price.detail.reissueId && v.online?.platforms.some((p) => p.name === r.sourceName && Array.isArray(price.detail.used) && (price.detail.used as { platformId: string }[]).some((u) => u.platformId === p.platformId))));
  const agency = r.kind === "appraisal" ? v.appraisal?.agencies.find((a) => a.name === r.sourceName && (a.status === "reported" || a.reportDate === r.reportDate)) : undefined;
  const receipts = r.receipts
    .map((x) => {
      const who =
        x.person === "interested"
          ? `${esc(t.interested)}（${esc(t.relations[x.relation ?? "other"] ?? x.relation ?? "")}）${x.name ? ` ${esc(x.name)}` : ""}`
          : esc(sideOf.get(x.partyId) === "respondent" ? t.respondent : sideOf.get(x.partyId) === "applicant" ? t.applicant : lang === "zh" ? "当事人" : "Party");
      return `<tr><td>${who}</td><td>${esc(x.via === "published" ? t.published : t.served)}</td><td>${esc(x.receivedDate)}</td><td>${esc(x.objectionDue ?? t.noObjection)}</td></tr>`;
    })
    .join("");
  const basis = reportBasis(r.kind, r.origin)
    .map((c) => `<li>${esc(formatCitation(c, lang))}</li>`)
    .join("");
  const review = agency?.review
    ? row(t.review, esc(`${agency.review.noticeDate} → ${agency.review.status}${agency.review.answer && typeof agency.review.answer.text === "string" ? `：${agency.review.answer.text}` : ""}`))
    : "";
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)} ${esc(v.caseNumber ?? "")}</title>
<style>
  body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", serif; max-width: 760px; margin: 24px auto; padding: 0 16px; color: #000; line-height: 1.6; }
  h1 { text-align: center; font-size: 22px; letter-spacing: 2px; }
  table { width: 100%; border-collapse: collapse; margin: 12px 0; }
  th, td { border: 1px solid #666; padding: 6px 8px; text-align: left; vertical-align: top; font-variant-numeric: tabular-nums; }
  th { width: 30%; background: #f5f5f5; font-weight: normal; }
  .result { font-size: 20px; font-weight: bold; }
  .note { color: #555; font-size: 13px; }
  @media print { body { margin: 0; } .note { color: #000; } }
</style>
</head>
<body data-testid="valuation-report-document" data-report-id="${esc(r.id)}">
<h1>${esc(t.title)}</h1>
<table>
${row(t.caseNo, esc(v.caseNumber ?? "—"))}
${row(t.asset, esc(v.asset.description))}
${row(t.method, esc(loc(VALUATION_METHOD_LABELS[r.kind])))}
${row(t.origin, esc(r.origin === "reissue" ? t.reissue : t.original))}
${row(t.source, esc(r.sourceName))}
${row(t.reportNo, esc(r.reportNo ?? "—"))}
${row(t.reportDate, esc(r.reportDate))}
${row(t.received, esc(r.receivedDate))}
${row(t.result, `<span class="result">${esc(formatYuan(r.resultFen, lang))}</span>`)}
${row(t.validUntil, esc(r.validUntil))}
${row(t.objections, esc(r.kind === "directedInquiry" ? t.noObjection : r.objectionDue ? `${t.objectionDue} ${r.objectionDue}` : t.objectionRule))}
${review}
${madePrice && price ? row(t.priceFrom, `${esc(formatYuan(price.priceFen, lang))}（${esc(t.priceFixed)} ${esc(price.fixedDate)}，${esc(t.validUntil)} ${esc(price.validUntil)}）`) : ""}
${v.ended ? row(t.ended, esc(`${v.ended.date} ${loc(v.ended.label)}`)) : ""}
</table>
<h2 style="font-size:16px">${esc(t.service)}</h2>
${
  r.servedDate
    ? `<p>${esc(r.servedDate)}</p><table><tr><th>${esc(t.who)}</th><th>${esc(t.via)}</th><th>${esc(t.receivedOn)}</th><th>${esc(t.objectionDue)}</th></tr>${receipts}</table>`
    : `<p>${esc(t.notServed)} ${esc(t.serviceDue)}：${esc(r.serviceDue)}</p>`
}
<h2 style="font-size:16px">${esc(t.basis)}</h2>
<ul>${basis}</ul>
<p class="note">${esc(t.simulated)}</p>
</body>
</html>`;
}
