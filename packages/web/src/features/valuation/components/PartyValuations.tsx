// The parties' view of the reference price (参考价规定(2018)), phone first: for each asset being valued,
// the method in use and the path, the reports (who issued them, the result, validity, when served), the
// window to object — 5 days from receipt (art 22; published: deemed received after 15 days, art 21) —
// with a written objection form on the grounds the API accepts while it is open (arts 22–24), the party's
// own objections and how they are being handled, and the price once fixed.
import { App, Button, Card, Checkbox, Form, Input, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { citeSource, OBJECTION_GROUND_INFO, OBJECTION_GROUNDS, type ObjectionGround } from "@zhixing/domain";
import type { CaseParty, Role, Valuation, ValuationReport, ValuationSummary } from "../../../api/types";
import { Money } from "../../../components/Money";
import { QueryState } from "../../../components/QueryState";
import { formatCitation, formatDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useLocalized } from "../../../lib/useLocalized";
import { DaysLeft } from "../../case/components/DaysLeft";
import { assetTypeLabel } from "../../measures/labels";
import { fileObjection } from "../api/valuations";
import { useCaseValuations, useValuation, useValuationAction } from "../hooks/useValuations";
import { availableGrounds, objectionWindow, viewerPartyIds, type ObjectionWindow } from "../valuation";
import { LotteryRecord } from "./AppraisalSection";
import { ObjectionItem } from "./ReportsSection";
import { ValidityState } from "./ValuationClocks";
import { ValuationPath } from "./ValuationPath";
import { ValuationStatusTag } from "./ValuationTags";
import { EndedNotice, ReportDocumentLink } from "./ValuationStateSections";
import { extOf, openSuspension } from "../types";

type ObjectionValues = { grounds: string[]; statement: string };

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** What the window says: open until (days left), closed since, not served yet, or no objection (directed inquiry). */
export function ObjectionWindowNote({ w, today }: { w: ObjectionWindow; today: string }) {
  const { t, i18n } = useTranslation();
  const cite = (a: string) => formatCitation(citeSource("referencePrice", a), i18n.language);
  const common = { "data-testid": "objection-window", "data-state": w.state } as const;
  switch (w.state) {
    case "open":
      return (
        <div {...common} style={{ margin: "6px 0" }}>
          <Tag color="processing">{t("valuation.party.windowOpenTag")}</Tag>
          <span style={{ fontVariantNumeric: "tabular-nums" }}>{t("valuation.party.windowOpen", { due: formatDate(w.due) })}</span>
          <span style={{ marginLeft: 6 }}>
            <DaysLeft days={daysBetween(today, w.due)} />
          </span>
          <div style={{ fontSize: 13, color: "rgba(0,0,0,0.65)" }}>
            {w.receivedDate ? t(w.via === "published" ? "valuation.party.receivedPublished" : "valuation.party.received", { date: formatDate(w.receivedDate) }) : null}
            {t("valuation.party.windowRule", { basis: `${cite("art 21")}${t("common.citationSep")}${cite("art 22")}` })}
          </div>
        </div>
      );
    case "closed":
      return (
        <div {...common} style={{ margin: "6px 0" }}>
          <Tag>{t("valuation.party.windowClosedTag")}</Tag>
          <span style={{ fontVariantNumeric: "tabular-nums" }}>{t("valuation.party.windowClosed", { due: formatDate(w.due), basis: cite("art 24 para 1") })}</span>
        </div>
      );
    case "notServed":
      return (
        <div {...common} style={{ margin: "6px 0", fontSize: 13 }}>
          {t("valuation.party.notServed", { basis: cite("art 21") })}
        </div>
      );
    default:
      return (
        <div {...common} style={{ margin: "6px 0", fontSize: 13 }}>
          {t("valuation.reports.noObjection", { basis: cite("art 24 para 2") })}
        </div>
      );
  }
}

/** The written objection (arts 22–23): the grounds open against this kind of report, and the statement. */
export function ObjectionForm({ v, report }: { v: Valuation; report: ValuationReport }) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const { message } = App.useApp();
  const [form] = Form.useForm<ObjectionValues>();
  const act = useValuationAction(v.caseId);
  const showError = useApiError();
  const grounds = availableGrounds(report.kind, OBJECTION_GROUNDS);
  return (
    <Form<ObjectionValues>
      form={form}
      layout="vertical"
      data-testid="objection-form"
      data-report-id={report.id}
      onFinish={(x) =>
        act.mutate(() => fileObjection(v.id, { reportId: report.id, grounds: x.grounds, statement: x.statement.trim() }), {
          onSuccess: (r) => {
            form.resetFields();
            const mine = r.objections.filter((o) => o.reportId === report.id).at(-1);
            if (mine && !mine.accepted) message.warning(t("valuation.party.filedRefused", { why: loc(mine.explanation) }), 8);
            else message.success(t("valuation.party.filed"));
          },
          onError: (e) => showError(e, form),
        })
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t(report.kind === "onlineInquiry" ? "valuation.party.groundsHelpOnline" : "valuation.party.groundsHelp")}
      </Typography.Paragraph>
      <Form.Item label={t("valuation.objections.grounds")} name="grounds" rules={[{ required: true, type: "array", min: 1, message: t("valuation.party.chooseGround") }]}>
        <Checkbox.Group style={{ display: "flex", flexDirection: "column", gap: 8 }} data-testid="objection-grounds-input">
          {grounds.map((g) => (
            <Checkbox key={g} value={g} data-testid={`ground-${g}`} style={{ whiteSpace: "normal" }}>
              <span className="ground-option">
                {loc(OBJECTION_GROUND_INFO[g as ObjectionGround].label)}
                <span className="ground-basis" style={{ display: "block" }}>
                  {formatCitation(OBJECTION_GROUND_INFO[g as ObjectionGround].basis, i18n.language)}
                </span>
              </span>
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <Form.Item
        label={t("valuation.party.statement")}
        name="statement"
        extra={t("valuation.party.statementHelp")}
        rules={[
          { required: true, whitespace: true, message: t("common.required") },
          { min: 2, message: t("valuation.tooShort") },
        ]}
      >
        <Input.TextArea rows={4} maxLength={5000} data-testid="objection-statement" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={act.isPending} data-testid="objection-submit">
        {t("valuation.party.submit")}
      </Button>
    </Form>
  );
}

/** Who the viewer is in the case, as the API names it: the party record(s) whose receipts and objections are theirs. */
export function ViewerPartyNote({ v }: { v: Valuation }) {
  const { t } = useTranslation();
  const mine = extOf(v).viewerParties;
  if (mine.length === 0) return null;
  return (
    <div data-testid="viewer-party" data-party-ids={mine.map((p) => p.partyId).join(",")} style={{ fontSize: 13, marginBottom: 6 }}>
      {mine.map((p) => (
        <div key={p.partyId}>
          {t("valuation.party.youAre", { role: t(`partyRole.${p.side}`), name: p.name })}
          <Typography.Text type="secondary" style={{ marginLeft: 6, fontFamily: "monospace", fontSize: 12 }}>
            {t("valuation.party.partyId", { id: p.partyId })}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}

/** One valuation as a party sees it. */
export function PartyValuationView({ v, partyIds, today, canObject = true }: { v: Valuation; partyIds: string[]; today: string; canObject?: boolean }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const type = assetTypeLabel(v.asset.type);
  const selections = v.appraisal?.selections ?? [];
  const suspended = openSuspension(v);
  return (
    <div data-testid="party-valuation" data-valuation-id={v.id} style={{ overflowWrap: "anywhere" }}>
      <ViewerPartyNote v={v} />
      <EndedNotice v={v} />
      <div style={{ marginBottom: 6 }}>
        <Typography.Text strong>{type ? loc(type) : v.asset.type}</Typography.Text>
        <span style={{ marginLeft: 6 }}>{v.asset.description}</span>
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 6, alignItems: "center", marginBottom: 8 }}>
        <ValuationStatusTag status={v.status} />
        <Tag color="blue" data-testid="valuation-method">
          {t("valuation.header.method", { method: loc(v.methodLabel) })}
        </Tag>
        {suspended ? (
          <Tag color="warning" data-testid="party-suspended">
            {t("valuation.suspension.partyTag", { date: formatDate(suspended.from) })}
          </Tag>
        ) : null}
      </div>
      {v.referencePrice ? (
        <div data-testid="party-price" style={{ background: "#f6ffed", border: "1px solid #b7eb8f", borderRadius: 6, padding: 8, marginBottom: 8 }}>
          <div>
            {t("common.labelValue", { label: t("valuation.header.price"), value: "" })}
            <Typography.Text strong style={{ fontSize: 18 }}>
              <Money fen={v.referencePrice.priceFen} unit={t("common.yuan")} />
            </Typography.Text>
          </div>
          <div style={{ fontVariantNumeric: "tabular-nums", fontSize: 13 }}>
            {t("valuation.party.fixedOn", { date: formatDate(v.referencePrice.fixedDate) })}
          </div>
          <ValidityState v={v} />
          {v.referencePrice.saleStartDue && !v.referencePrice.firstNoticeDate ? (
            <div style={{ fontSize: 13 }}>{t("valuation.party.saleBy", { date: formatDate(v.referencePrice.saleStartDue) })}</div>
          ) : null}
        </div>
      ) : null}
      <Typography.Title level={5} style={{ fontSize: 14 }}>
        {t("valuation.path.title")}
      </Typography.Title>
      <ValuationPath steps={v.steps} showNotes={false} />
      {selections.length > 0 ? (
        <details style={{ margin: "8px 0" }} data-testid="party-lottery">
          <summary>{t("valuation.party.howChosen")}</summary>
          {selections.map((s) => (
            <LotteryRecord key={s.id} s={s} assetType={v.asset.type} narrow />
          ))}
        </details>
      ) : null}
      {v.reports.length > 0 ? (
        <Typography.Title level={5} style={{ fontSize: 14, marginTop: 12 }}>
          {t("valuation.reports.title")}
        </Typography.Title>
      ) : null}
      {v.reports.map((r) => {
        const w = objectionWindow(r, partyIds, today);
        const mine = v.objections.filter((o) => o.reportId === r.id);
        return (
          <div key={r.id} data-testid="party-report" data-kind={r.kind} style={{ borderTop: "1px solid #f0f0f0", padding: "8px 0" }}>
            <div>
              <Tag>{t(`valuation.reports.kind.${r.kind}`)}</Tag>
              <Typography.Text strong>{r.sourceName}</Typography.Text>
            </div>
            <div>
              <ReportDocumentLink v={v} report={r} />
            </div>
            <div>
              {t("common.labelValue", { label: t("valuation.reports.result"), value: "" })}
              <Typography.Text strong>
                <Money fen={r.resultFen} unit={t("common.yuan")} />
              </Typography.Text>
            </div>
            <div style={{ fontVariantNumeric: "tabular-nums", fontSize: 13, whiteSpace: "normal" }}>
              {t("valuation.reports.dates", { report: formatDate(r.reportDate), received: formatDate(r.receivedDate), valid: formatDate(r.validUntil) })}
            </div>
            {r.servedDate ? (
              <div style={{ fontVariantNumeric: "tabular-nums", fontSize: 13 }}>
                {t("valuation.reports.servedOn", { date: formatDate(r.servedDate) })}
              </div>
            ) : null}
            <ObjectionWindowNote w={w} today={today} />
            {mine.length > 0 ? (
              <div data-testid="party-objections">
                <Typography.Text strong style={{ fontSize: 13 }}>
                  {t("valuation.party.myObjections")}
                </Typography.Text>
                {mine.map((o) => (
                  <ObjectionItem key={o.id} o={o} v={v} />
                ))}
              </div>
            ) : null}
            {w.state === "open" && canObject && v.status !== "cancelled" ? <ObjectionForm v={v} report={r} /> : null}
          </div>
        );
      })}
    </div>
  );
}

function PartyValuationCard({ item, partyIds, today, canObject }: { item: ValuationSummary; partyIds: (v: Valuation) => string[]; today: string; canObject: boolean }) {
  const query = useValuation(item.id);
  return (
    <div style={{ borderTop: "1px solid #f0f0f0", paddingTop: 8, marginTop: 8 }}>
      <QueryState query={query} rows={3}>
        {(v) => <PartyValuationView v={v} partyIds={partyIds(v)} today={today} canObject={canObject} />}
      </QueryState>
    </div>
  );
}

/** The card on the party's case page; nothing while no valuation has started. Objections only while the case is open (`canObject`). */
export function PartyValuations({ caseId, parties, role, canObject = true }: { caseId: string; parties: readonly Pick<CaseParty, "id" | "role">[]; role: Role; canObject?: boolean }) {
  const { t } = useTranslation();
  const query = useCaseValuations(caseId);
  if (query.isSuccess && query.data.items.length === 0) return null;
  return (
    <Card size="small" title={t("valuation.party.title")} style={{ marginBottom: 12 }} data-testid="party-valuations">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 0 }}>
        {t("valuation.party.intro")}
      </Typography.Paragraph>
      <QueryState query={query} rows={3}>
        {(d) => (
          <>
            {d.items.map((item) => (
              <PartyValuationCard key={item.id} item={item} partyIds={(v) => viewerPartyIds(v, parties, role)} today={d.asOf} canObject={canObject} />
            ))}
          </>
        )}
      </QueryState>
    </Card>
  );
}
