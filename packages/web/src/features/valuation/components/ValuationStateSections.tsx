// What happened to a valuation besides its methods (参考价规定(2018)): how it ended without a sale (撤回, art
// 29, or with its case), its suspensions (暂缓, art 28) with the days deducted (art 19 para 1), the court's
// review of the appraisal report (art 20) and the agency's answer, re-issued reports after validity
// lapsed (arts 11 para 4, 19 para 4), and the link to each report as a printable document.
import { Alert, Card, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { citeSource, REVIEW_DEFECT_INFO, type ReviewDefect } from "@zhixing/domain";
import type { Valuation, ValuationReport } from "../../../api/types";
import { Money } from "../../../components/Money";
import { formatCitation, formatDate } from "../../../lib/format";
import { useLocalized } from "../../../lib/useLocalized";
import { reportDocumentUrl } from "../api/valuations";
import { extOf } from "../types";
import { DueState } from "./ValuationTags";

const P = (article: string) => citeSource("referencePrice", article);

/** The printable report (a new tab; the server checks who may read it). */
export function ReportDocumentLink({ v, report }: { v: Pick<Valuation, "id">; report: Pick<ValuationReport, "id"> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith("en") ? "en" : "zh";
  return (
    <a href={reportDocumentUrl(v.id, report.id, lang)} target="_blank" rel="noopener noreferrer" data-testid="report-document" style={{ fontSize: 13 }}>
      {t("valuation.document.open")}
    </a>
  );
}

/** A valuation withdrawn (art 29) or ended with its case. */
export function EndedNotice({ v }: { v: Valuation }) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const ended = extOf(v).ended;
  if (!ended) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="valuation-ended"
      data-ground={ended.ground}
      title={t("valuation.withdrawal.ended", { date: formatDate(ended.date), ground: loc(ended.label), basis: formatCitation(P("art 29"), i18n.language) })}
      description={ended.note ? t("common.labelValue", { label: t("common.reason"), value: ended.note }) : undefined}
    />
  );
}

/** 暂缓 (art 28): the one in force, and those before it, with the days they covered. */
export function SuspensionSection({ v }: { v: Valuation }) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const list = extOf(v).suspensions;
  if (list.length === 0) return null;
  const open = list.find((s) => s.open);
  return (
    <Card size="small" title={t("valuation.suspension.title")} style={{ marginBottom: 12 }} data-testid="valuation-suspensions">
      {open ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="valuation-suspended"
          title={t("valuation.suspension.inForce", { date: formatDate(open.from), ground: loc(open.label) })}
          description={t(v.method === "appraisal" ? "valuation.suspension.inForceAppraisal" : "valuation.suspension.inForceOnline", { basis: formatCitation(P("art 19 para 1"), i18n.language) })}
        />
      ) : null}
      <ul style={{ margin: 0, paddingLeft: 18, fontSize: 13 }}>
        {list.map((s) => (
          <li key={s.id} data-testid="valuation-suspension" data-open={s.open ? "true" : "false"} style={{ fontVariantNumeric: "tabular-nums" }}>
            {s.open ? (
              <Tag color="warning">{t("valuation.suspension.openTag")}</Tag>
            ) : (
              <Tag>{t("valuation.suspension.resumedTag", { date: formatDate(s.resumedDate) })}</Tag>
            )}
            {loc(s.label)}{t("common.paren", { text: formatCitation(s.basis, i18n.language) })}
            {t("common.listSep")}
            {s.open ? t("valuation.suspension.since", { date: formatDate(s.from) }) : s.to ? t("valuation.suspension.range", { from: formatDate(s.from), to: formatDate(s.to) }) : t("valuation.suspension.none")}
            {s.note ? <div style={{ color: "rgba(0,0,0,0.65)" }}>{s.note}</div> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

const REVIEW_COLOR = { waiting: "processing", explained: "success", corrected: "success", defaulted: "error" } as const;

/** The court's review of each appraisal report (art 20): the defects, the 3 days, the agency's answer. */
export function ReviewSection({ v }: { v: Valuation }) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const agencies = (extOf(v).appraisal?.agencies ?? []).filter((a) => a.review);
  if (agencies.length === 0) return null;
  const clockOf = (id: string) => v.clocks.filter((k) => k.kind === "valuationAppraisalCorrection" && k.subjectId === id).at(-1);
  return (
    <Card size="small" title={t("valuation.review.title", { basis: formatCitation(P("art 20"), i18n.language) })} style={{ marginBottom: 12 }} data-testid="valuation-review">
      {agencies.map((a) => {
        const r = a.review!;
        const k = clockOf(a.id);
        const answer = r.answer as { kind?: string; date?: string; text?: string; resultFen?: number; previousResultFen?: number } | null;
        return (
          <div key={a.id} data-testid="valuation-review-item" data-status={r.status} style={{ fontSize: 13, borderTop: "1px solid #f0f0f0", padding: "6px 0" }}>
            <div>
              <Typography.Text strong>{a.name}</Typography.Text>
              <Tag color={REVIEW_COLOR[r.status]} style={{ marginLeft: 6 }}>
                {t(`valuation.review.status.${r.status}`)}
              </Tag>
            </div>
            <div style={{ fontVariantNumeric: "tabular-nums" }}>
              {t("valuation.review.ordered", { date: formatDate(r.noticeDate) })}
              {t("common.listSep")}
              {r.defects.map((d) => (d in REVIEW_DEFECT_INFO ? loc(REVIEW_DEFECT_INFO[d as ReviewDefect].label) : d)).join(t("common.listSep"))}
            </div>
            {r.note ? <div style={{ color: "rgba(0,0,0,0.65)" }}>{r.note}</div> : null}
            <div>
              {t("common.labelValue", { label: t("valuation.review.due"), value: "" })}
              {k ? <DueState due={k.due} status={k.status} metDate={k.metDate} overdue={k.overdue} daysLeft={k.daysLeft} basis={k.basis} duty={false} testId="review-due" /> : <span className="num">{formatDate(r.due)}</span>}
            </div>
            {answer?.date ? (
              <div data-testid="valuation-review-answer">
                {t("valuation.review.answered", { date: formatDate(answer.date) })}
                {answer.text ? `${t("common.listSep")}${answer.text}` : null}
                {answer.kind === "corrected" && typeof answer.resultFen === "number" ? (
                  <div>
                    {t("valuation.review.corrected")}
                    {typeof answer.previousResultFen === "number" ? (
                      <>
                        <Money fen={answer.previousResultFen} unit={t("common.yuan")} /> →{" "}
                      </>
                    ) : null}
                    <Typography.Text strong>
                      <Money fen={answer.resultFen} unit={t("common.yuan")} />
                    </Typography.Text>
                  </div>
                ) : null}
              </div>
            ) : null}
            {r.status === "defaulted" ? <div>{t("valuation.review.defaulted", { basis: formatCitation(P("art 19 para 3"), i18n.language) })}</div> : null}
          </div>
        );
      })}
    </Card>
  );
}

const REISSUE_COLOR = { requested: "processing", received: "success", failed: "error", cancelled: "default" } as const;

/** Re-issued reports (arts 11 para 4, 19 para 4): who was asked, by when, what came back, the price before and after. */
export function ReissueSection({ v }: { v: Valuation }) {
  const { t, i18n } = useTranslation();
  const list = extOf(v).reissues;
  if (list.length === 0) return null;
  return (
    <Card size="small" title={t("valuation.reissue.title")} style={{ marginBottom: 12 }} data-testid="valuation-reissues">
      {list.map((r) => {
        const k = v.clocks.filter((c) => c.kind === "valuationReissue" && c.subjectId === r.id).at(-1);
        return (
          <div key={r.id} data-testid="valuation-reissue" data-status={r.status} style={{ fontSize: 13, borderTop: "1px solid #f0f0f0", padding: "6px 0" }}>
            <div>
              <Tag color={REISSUE_COLOR[r.status]}>{t(`valuation.reissue.status.${r.status}`)}</Tag>
              <span style={{ fontVariantNumeric: "tabular-nums" }}>
                {t("valuation.reissue.requested", { date: formatDate(r.requestedDate), basis: formatCitation(P(r.method === "onlineInquiry" ? "art 11 para 4" : "art 19 para 4"), i18n.language) })}
              </span>
            </div>
            <div>
              {t("common.labelValue", { label: t("valuation.reissue.due"), value: "" })}
              {k ? <DueState due={k.due} status={k.status} metDate={k.metDate} overdue={k.overdue} daysLeft={k.daysLeft} basis={k.basis} duty={false} testId="reissue-due" /> : <span className="num">{formatDate(r.due)}</span>}
            </div>
            <ul style={{ margin: "2px 0", paddingLeft: 18 }}>
              {r.sources.map((s) => {
                const res = r.results.find((x) => x.sourceId === s.sourceId);
                return (
                  <li key={s.sourceId} data-testid="reissue-source">
                    {s.name}
                    {t("common.listSep")}
                    {res?.resultFen != null ? (
                      <>
                        <Money fen={res.resultFen} unit={t("common.yuan")} />
                        <span style={{ fontVariantNumeric: "tabular-nums" }}>{t("common.paren", { text: formatDate(res.reportDate) })}</span>
                      </>
                    ) : (
                      <Typography.Text type="secondary">{res?.error ?? t("valuation.reissue.waiting")}</Typography.Text>
                    )}
                  </li>
                );
              })}
            </ul>
            <div>
              {t("valuation.reissue.previous", { date: formatDate(r.previous.validUntil) })}
              <Money fen={r.previous.priceFen} unit={t("common.yuan")} />
              {r.priceFen !== null ? (
                <>
                  {" → "}
                  <Typography.Text strong data-testid="reissue-price">
                    <Money fen={r.priceFen} unit={t("common.yuan")} />
                  </Typography.Text>
                  <span style={{ fontVariantNumeric: "tabular-nums" }}>{t("common.paren", { text: t("valuation.reissue.validUntil", { date: formatDate(r.validUntil) }) })}</span>
                </>
              ) : null}
            </div>
            {r.status === "failed" ? <div>{t("valuation.reissue.failed")}</div> : null}
          </div>
        );
      })}
    </Card>
  );
}
