// Reports and objections (参考价规定 arts 21–24), staff side: each report with its result, validity, the
// 3-day service clock, each party's receipt (served, or published and deemed received after 15 days)
// and objection window; Serve for the handler. Each objection with its grounds, whether it was accepted
// and on which track (enforcement-act objection; agency explanation within 3 + 5 days; professional
// review), its deadlines and outcome; the handler records refer, explanation and decision.
import { useState } from "react";
import { App, Button, Card, Checkbox, Form, Input, Radio, Select, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { citeSource, OBJECTION_GROUND_INFO, type ObjectionGround } from "@zhixing/domain";
import type { CaseParty, Citation, Valuation, ValuationObjection, ValuationReport } from "../../../api/types";
import { CitationList } from "../../../components/CitationText";
import { DateInput } from "../../../components/DateInput";
import { FormModal } from "../../../components/FormModal";
import { Money } from "../../../components/Money";
import { YuanInput } from "../../../components/YuanInput";
import { formatCitation, formatDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useLocalized } from "../../../lib/useLocalized";
import { decideObjection, recordExplanation, referObjection, serveReport, type InterestedPerson } from "../api/valuations";
import { extOf, type ReceiptExt } from "../types";
import { reportOrigin } from "../valuation";
import { ReportDocumentLink } from "./ValuationStateSections";
import { useValuationAction } from "../hooks/useValuations";
import { mayAct, objectionNextStep } from "../valuation";
import { DueState } from "./ValuationTags";

/** The same article cited twice reads once. */
export function dedupeCitations(cs: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return cs.filter((c) => {
    const k = `${c.law}|${c.article}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A ground's label from the domain (art 22 para 1 items 1–4, art 23 para 1), or the raw key. */
export function useGroundLabel() {
  const loc = useLocalized();
  return (g: string) => (g in OBJECTION_GROUND_INFO ? loc(OBJECTION_GROUND_INFO[g as ObjectionGround].label) : g);
}

/** The interested persons' relations to the asset (server serveBody, art 21 para 1). */
export const INTERESTED_RELATIONS = ["priorityHolder", "otherCreditor", "coOwner", "other"] as const;

/** Who received a report: a party (name and side), or an interested person (relation and name, masked for parties by the server). */
export function useReceiptName(v: Valuation, parties: readonly Pick<CaseParty, "id" | "name" | "role">[]) {
  const { t } = useTranslation();
  const partyName = usePartyName(v, parties);
  return (x: ReceiptExt) =>
    x.person === "interested" ? `${t(`valuation.reports.relation.${x.relation ?? "other"}`)} · ${x.name ?? ""}` : partyName(x.partyId);
}

/** The party's name and side from the case's parties (or the agreement's list). */
function usePartyName(v: Valuation, parties: readonly Pick<CaseParty, "id" | "name" | "role">[]) {
  const { t } = useTranslation();
  return (id: string) => {
    const p = parties.find((x) => x.id === id);
    if (p) return `${t(`partyRole.${p.role}`)} · ${p.name}`;
    const a = v.agreement?.parties.find((x) => x.partyId === id);
    return a ? `${t(`partyRole.${a.side}`)} · ${a.name}` : id;
  };
}

export function ReportsSection({ v, parties }: { v: Valuation; parties: readonly Pick<CaseParty, "id" | "name" | "role">[] }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const act = useValuationAction(v.caseId);
  const showError = useApiError();
  const partyName = usePartyName(v, parties);
  const receiptName = useReceiptName(v, parties);
  const [serving, setServing] = useState<ValuationReport | null>(null);
  if (v.reports.length === 0) return null;
  const serviceClock = (r: ValuationReport) => v.clocks.filter((k) => k.kind === "valuationReportService" && k.subjectId === r.id).at(-1);
  const objectionClock = (r: ValuationReport) => v.clocks.filter((k) => k.kind === "valuationObjection" && k.subjectId === r.id).at(-1);
  const canServe = mayAct(v) && v.status !== "cancelled";
  return (
    <Card size="small" title={t("valuation.reports.title")} style={{ marginBottom: 12 }} data-testid="valuation-reports">
      {v.reports.map((r) => {
        const sk = serviceClock(r);
        const ok = objectionClock(r);
        return (
          <div key={r.id} data-testid="valuation-report" data-kind={r.kind} data-served={r.servedDate ? "true" : "false"} style={{ borderTop: "1px solid #f0f0f0", padding: "8px 0" }}>
            <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
              <span>
                <Tag>{t(`valuation.reports.kind.${r.kind}`)}</Tag>
                {reportOrigin(r) === "reissue" ? (
                  <Tag color="blue" data-testid="report-reissued">
                    {t("valuation.reports.reissued")}
                  </Tag>
                ) : null}
                <Typography.Text strong>{r.sourceName}</Typography.Text>
                <span style={{ marginLeft: 8 }}>
                  <ReportDocumentLink v={v} report={r} />
                </span>
              </span>
              <Typography.Text strong>
                <Money fen={r.resultFen} unit={t("common.yuan")} />
              </Typography.Text>
            </Space>
            <div style={{ fontVariantNumeric: "tabular-nums", fontSize: 13 }}>
              {t("valuation.reports.dates", { report: formatDate(r.reportDate), received: formatDate(r.receivedDate), valid: formatDate(r.validUntil) })}
            </div>
            <div style={{ fontSize: 13 }}>
              {t("common.labelValue", { label: t("valuation.reports.serviceDue"), value: "" })}
              {sk ? <DueState due={sk.due} status={sk.status} metDate={sk.metDate} overdue={sk.overdue} daysLeft={sk.daysLeft} basis={sk.basis} testId="report-service-due" /> : <span className="num">{formatDate(r.serviceDue)}</span>}
              {r.servedDate && !sk ? <span style={{ fontVariantNumeric: "tabular-nums" }}>{t("common.listSep")}{t("valuation.reports.servedOn", { date: formatDate(r.servedDate) })}</span> : null}
              {canServe && !r.servedDate ? (
                <Button size="small" type="primary" style={{ marginLeft: 8 }} onClick={() => setServing(r)} data-testid="report-serve">
                  {t("valuation.reports.serve")}
                </Button>
              ) : null}
            </div>
            {r.servedDate ? (
              <div style={{ fontSize: 13 }} data-testid="report-objection-window">
                {r.objectionDue ? (
                  <>
                    {t("common.labelValue", { label: t("valuation.reports.objectionDue"), value: "" })}
                    {ok ? <DueState due={ok.due} status={ok.status} metDate={ok.metDate} overdue={false} daysLeft={ok.daysLeft} basis={ok.basis} duty={false} testId="report-objection-due" /> : <span className="num">{formatDate(r.objectionDue)}</span>}
                  </>
                ) : (
                  <Typography.Text type="secondary">{t("valuation.reports.noObjection", { basis: formatCitation(citeSource("referencePrice", "art 24 para 2"), i18n.language) })}</Typography.Text>
                )}
              </div>
            ) : null}
            {r.receipts.length > 0 ? (
              <ul style={{ margin: "4px 0 0", paddingLeft: 18, fontSize: 13 }} data-testid="report-receipts">
                {(r.receipts as ReceiptExt[]).map((x) => (
                  <li key={x.partyId} data-testid="report-receipt" data-via={x.via} data-person={x.person ?? "party"}>
                    {t("common.labelValue", { label: receiptName(x), value: t(`valuation.reports.via.${x.via}`, { date: formatDate(x.receivedDate) }) })}
                    {x.objectionDue ? <span style={{ fontVariantNumeric: "tabular-nums" }}>{t("common.paren", { text: t("valuation.reports.objectBy", { date: formatDate(x.objectionDue) }) })}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        );
      })}
      <FormModal<{ unreachable?: string[]; interested?: Partial<InterestedPerson>[] }>
        open={serving !== null}
        title={t("valuation.reports.serveTitle", { name: serving?.sourceName ?? "" })}
        okText={t("valuation.reports.serve")}
        pending={act.isPending}
        onClose={() => setServing(null)}
        testId="valuation-serve-form"
        onSubmit={(x, form) =>
          act.mutate(
            () => {
              const interested = (x.interested ?? [])
                .filter((p): p is Partial<InterestedPerson> & { name: string } => Boolean(p?.name?.trim()))
                .map((p) => ({ name: p.name.trim(), relation: p.relation ?? "other", ...(p.unreachable ? { unreachable: true } : {}) }));
              return serveReport(v.id, serving!.id, { ...(x.unreachable?.length ? { unreachable: x.unreachable } : {}), ...(interested.length ? { interested } : {}) });
            },
            {
            onSuccess: () => {
              message.success(t("valuation.done.served"));
              setServing(null);
            },
            onError: (e) => showError(e, form),
            },
          )
        }
      >
        <Typography.Paragraph type="secondary">{t("valuation.reports.serveHelp", { basis: formatCitation(citeSource("referencePrice", "art 21"), i18n.language) })}</Typography.Paragraph>
        <Form.Item label={t("valuation.reports.unreachable")} name="unreachable" extra={t("valuation.reports.unreachableHelp")}>
          <Checkbox.Group options={parties.map((p) => ({ value: p.id, label: partyName(p.id) }))} />
        </Form.Item>
        <Typography.Text strong>{t("valuation.reports.interestedTitle")}</Typography.Text>
        {extOf(v).otherMeasures.length > 0 ? (
          <div data-testid="serve-other-measures" style={{ fontSize: 13, margin: "4px 0" }}>
            {t("valuation.reports.otherMeasures")}
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {extOf(v).otherMeasures.map((m) => (
                <li key={m.id} style={{ fontVariantNumeric: "tabular-nums" }}>
                  {t("valuation.reports.otherMeasure", { by: m.executedBy ?? "—", rank: t(`valuation.reports.measureRank.${m.rank}`), date: formatDate(m.startDate) })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t("valuation.reports.interestedHelp", { basis: formatCitation(citeSource("referencePrice", "art 21 para 1"), i18n.language) })}
        </Typography.Paragraph>
        <Form.List name="interested">
          {(fields, { add, remove }) => (
            <div data-testid="serve-interested">
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap style={{ display: "flex", marginBottom: 4 }}>
                  <Form.Item name={[f.name, "name"]} rules={[{ required: true, whitespace: true, message: t("common.required") }]} style={{ marginBottom: 0 }}>
                    <Input placeholder={t("valuation.reports.interestedName")} maxLength={100} data-testid="serve-interested-name" />
                  </Form.Item>
                  <Form.Item name={[f.name, "relation"]} initialValue="otherCreditor" style={{ marginBottom: 0, minWidth: 180 }}>
                    <Select options={INTERESTED_RELATIONS.map((r) => ({ value: r, label: t(`valuation.reports.relation.${r}`) }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, "unreachable"]} valuePropName="checked" style={{ marginBottom: 0 }}>
                    <Checkbox>{t("valuation.reports.interestedUnreachable")}</Checkbox>
                  </Form.Item>
                  <Button size="small" onClick={() => remove(f.name)}>
                    {t("valuation.reports.interestedRemove")}
                  </Button>
                </Space>
              ))}
              <Button size="small" onClick={() => add()} data-testid="serve-interested-add">
                {t("valuation.reports.interestedAdd")}
              </Button>
            </div>
          )}
        </Form.List>
      </FormModal>
    </Card>
  );
}

const OBJECTION_COLOR: Record<ValuationObjection["status"], string> = { refused: "default", pending: "processing", referred: "processing", professionalReview: "warning", resolved: "success" };

/** One objection: grounds, statement, accepted or refused (why), track, deadline, steps and outcome. */
export function ObjectionItem({ o, v, partyName }: { o: ValuationObjection; v: Pick<Valuation, "reports">; partyName?: (id: string) => string }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const ground = useGroundLabel();
  const report = v.reports.find((r) => r.id === o.reportId);
  return (
    <div data-testid="valuation-objection" data-status={o.status} data-accepted={String(o.accepted)} style={{ borderTop: "1px solid #f0f0f0", padding: "8px 0" }}>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 6, alignItems: "center" }}>
        <Tag color={OBJECTION_COLOR[o.status]} data-testid="objection-status">
          {t(`valuation.objections.status.${o.status}`)}
        </Tag>
        {partyName ? <Typography.Text strong>{partyName(o.partyId)}</Typography.Text> : null}
        <span style={{ fontVariantNumeric: "tabular-nums", color: "rgba(0,0,0,0.55)" }}>
          {t("valuation.objections.filedOn", { date: formatDate(o.filedDate), received: formatDate(o.receivedDate) })}
        </span>
      </div>
      {report ? <div style={{ fontSize: 13 }}>{t("valuation.objections.against", { name: report.sourceName })}</div> : null}
      <div style={{ fontSize: 13 }} data-testid="objection-grounds">
        {t("common.labelValue", { label: t("valuation.objections.grounds"), value: o.grounds.map(ground).join(t("common.listSep")) })}
      </div>
      <div style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{o.statement}</div>
      {o.accepted ? (
        <div data-testid="objection-track" data-track={o.track ?? ""}>
          <Tag color="blue">{t(`valuation.objections.track.${o.track}`, { defaultValue: o.track ?? "" })}</Tag>
          {o.groundsNotAvailable.length ? (
            <span style={{ fontSize: 13 }}>{t("valuation.objections.groundsNotAvailable", { grounds: o.groundsNotAvailable.map(ground).join(t("common.listSep")) })}</span>
          ) : null}
        </div>
      ) : (
        <div data-testid="objection-refusal" data-reason={o.refusalReason ?? ""}>
          <Tag color="red">{t(`valuation.objections.refusal.${o.refusalReason}`, { defaultValue: o.refusalReason ?? "" })}</Tag>
        </div>
      )}
      <div style={{ fontSize: 13 }}>{loc(o.explanation)}</div>
      <CitationList items={dedupeCitations(o.basis)} />
      <div style={{ fontVariantNumeric: "tabular-nums", fontSize: 13 }}>
        {o.deadline ? <span>{t("valuation.objections.deadline", { date: formatDate(o.deadline) })}</span> : null}
        {o.enforcementOutcome ? <span>{t("common.listSep")}{t("valuation.objections.enforcementOutcome", { outcome: t(`valuation.objections.outcome.${o.enforcementOutcome}`) })}</span> : null}
        {o.referredDate ? <span>{t("common.listSep")}{t("valuation.objections.referredOn", { date: formatDate(o.referredDate) })}</span> : null}
        {o.explainedDate ? <span>{t("common.listSep")}{t("valuation.objections.explainedOn", { date: formatDate(o.explainedDate) })}</span> : null}
      </div>
      {o.outcome ? (
        <div data-testid="objection-outcome" data-outcome={o.outcome}>
          <Typography.Text strong>{t(`valuation.objections.outcome.${o.outcome}`, { defaultValue: o.outcome })}</Typography.Text>
          {o.outcomeDate ? <span style={{ fontVariantNumeric: "tabular-nums" }}>{t("common.paren", { text: formatDate(o.outcomeDate) })}</span> : null}
          {o.correctedResultFen !== null ? (
            <span>
              {t("common.listSep")}
              {t("common.labelValue", { label: t("valuation.objections.correctedResult"), value: "" })}<Money fen={o.correctedResultFen} unit={t("common.yuan")} />
            </span>
          ) : null}
          {o.outcomeNote ? <div style={{ fontSize: 13 }}>{t("common.labelValue", { label: t("common.reason"), value: o.outcomeNote })}</div> : null}
        </div>
      ) : null}
    </div>
  );
}

type DecideValues = { outcome: "dismissed" | "upheld" | "corrected"; correctedResultFen?: number; note: string };

export function ObjectionsSection({ v, parties }: { v: Valuation; parties: readonly Pick<CaseParty, "id" | "name" | "role">[] }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const act = useValuationAction(v.caseId);
  const showError = useApiError();
  const partyName = usePartyName(v, parties);
  const [deciding, setDeciding] = useState<ValuationObjection | null>(null);
  const [explaining, setExplaining] = useState<ValuationObjection | null>(null);
  if (v.objections.length === 0) return null;
  const canAct = mayAct(v);
  const cite = (a: string) => formatCitation(citeSource("referencePrice", a), i18n.language);
  const refer = (o: ValuationObjection) =>
    void modal.confirm({
      title: t("valuation.objections.refer"),
      content: t("valuation.objections.referHelp", { basis: cite("art 23 para 1") }),
      okText: t("valuation.objections.refer"),
      cancelText: t("common.cancel"),
      okButtonProps: { "data-testid": "objection-refer-ok" } as never,
      onOk: async () => {
        try {
          await act.mutateAsync(() => referObjection(v.id, o.id));
          message.success(t("valuation.done.referred"));
        } catch (e) {
          showError(e);
        }
      },
    });
  const reviewStage = deciding?.status === "professionalReview";
  const appraisalReport = deciding ? v.reports.find((r) => r.id === deciding.reportId)?.kind === "appraisal" : false;
  return (
    <Card size="small" title={t("valuation.objections.title")} style={{ marginBottom: 12 }} data-testid="valuation-objections">
      {v.objections.map((o) => {
        const step = canAct ? objectionNextStep(o) : null;
        return (
          <div key={o.id}>
            <ObjectionItem o={o} v={v} partyName={partyName} />
            {step ? (
              <Button
                size="small"
                type="primary"
                style={{ marginBottom: 8 }}
                data-testid={`objection-${step}`}
                onClick={() => (step === "refer" ? refer(o) : step === "explanation" ? setExplaining(o) : setDeciding(o))}
              >
                {t(`valuation.objections.${step}`)}
              </Button>
            ) : null}
          </div>
        );
      })}
      <FormModal<DecideValues>
        open={deciding !== null}
        title={t(reviewStage ? "valuation.objections.decideReview" : "valuation.objections.decide")}
        pending={act.isPending}
        onClose={() => setDeciding(null)}
        testId="objection-decide-form"
        initialValues={{ outcome: "dismissed" }}
        onSubmit={(x, form) =>
          act.mutate(
            () => decideObjection(v.id, deciding!.id, { outcome: x.outcome, note: x.note.trim(), ...(x.outcome === "corrected" && x.correctedResultFen !== undefined ? { correctedResultFen: x.correctedResultFen } : {}) }),
            {
              onSuccess: () => {
                message.success(t("valuation.done.decided"));
                setDeciding(null);
              },
              onError: (e) => showError(e, form),
            },
          )
        }
      >
        <Typography.Paragraph type="secondary">
          {t(reviewStage ? "valuation.objections.decideReviewHelp" : "valuation.objections.decideHelp", { basis: reviewStage ? cite("art 23 para 1") : `${cite("art 22 para 2")}${t("common.citationSep")}${cite("art 23 para 2")}` })}
        </Typography.Paragraph>
        <Form.Item name="outcome" label={t("valuation.objections.outcomeLabel")}>
          <Radio.Group>
            <Radio value="dismissed">{t("valuation.objections.outcome.dismissed")}</Radio>
            {!reviewStage ? <Radio value="upheld">{t(appraisalReport ? "valuation.objections.upheldNextAgency" : "valuation.objections.outcome.upheld")}</Radio> : null}
            <Radio value="corrected">{t("valuation.objections.outcome.corrected")}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.outcome !== b.outcome}>
          {({ getFieldValue }) =>
            getFieldValue("outcome") === "corrected" ? (
              <Form.Item label={t("valuation.objections.correctedResult")} name="correctedResultFen" rules={[{ required: true, message: t("common.amountInvalid") }]}>
                <YuanInput />
              </Form.Item>
            ) : null
          }
        </Form.Item>
        <Form.Item label={t("valuation.objections.reasons")} name="note" rules={[{ required: true, whitespace: true, min: 2, message: t("valuation.tooShort") }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="objection-decide-note" />
        </Form.Item>
      </FormModal>
      <FormModal<{ explainedDate?: string; objectorStillObjects?: boolean }>
        open={explaining !== null}
        title={t("valuation.objections.explanation")}
        pending={act.isPending}
        onClose={() => setExplaining(null)}
        testId="objection-explanation-form"
        onSubmit={(x, form) =>
          act.mutate(
            () => recordExplanation(v.id, explaining!.id, { ...(x.explainedDate ? { explainedDate: x.explainedDate } : {}), ...(x.objectorStillObjects ? { objectorStillObjects: true } : {}) }),
            {
              onSuccess: () => {
                message.success(t("valuation.done.saved"));
                setExplaining(null);
              },
              onError: (e) => showError(e, form),
            },
          )
        }
      >
        <Typography.Paragraph type="secondary">{t("valuation.objections.explanationHelp", { basis: cite("art 23 para 1") })}</Typography.Paragraph>
        <Form.Item label={t("valuation.objections.explainedDate")} name="explainedDate" extra={t("valuation.objections.explainedDateHelp")}>
          <DateInput />
        </Form.Item>
        <Form.Item name="objectorStillObjects" valuePropName="checked">
          <Checkbox>{t("valuation.objections.stillObjects")}</Checkbox>
        </Form.Item>
      </FormModal>
    </Card>
  );
}
