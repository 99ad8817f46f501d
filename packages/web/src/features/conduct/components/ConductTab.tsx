// 行为义务 tab of the staff case page: each conduct duty with its checks, escalation, substitute
// performance and 迟延履行金, and the monetary duties added here. The server decides; the buttons show
// only for the handler or the division head (mayAct).
import { useState } from "react";
import { Alert, Card, List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../api/types";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { FieldsModal, type ActionSpec } from "../../coercion/components/FieldsModal";
import { useConduct, useConductWrite } from "../api";
import { SELECTION_METHODS, type ConductView } from "../types";
import { ConductDutyCard, type DutyActions } from "./ConductDutyCard";

const lines = (v: unknown) => (typeof v === "string" ? v.split("\n").map((s) => s.trim()).filter(Boolean) : []);

function useSpecs(view: ConductView, caseId: string) {
  const { t } = useTranslation();
  const respondents = view.parties.filter((p) => p.role === "respondent");
  const yesNo = (v: unknown) => v === true;
  const acts = (open: (s: ActionSpec) => void): DutyActions => ({
    schedule: (d) =>
      open({
        key: "conduct-schedule",
        title: t("conduct.actions.schedule"),
        help: t("conduct.help.schedule"),
        initialValues: view.performanceDeadline ? { performanceDue: view.performanceDeadline } : {},
        fields: [
          { name: "performanceDue", label: t("conduct.fields.performanceDue"), kind: "date" },
          ...(d.performer === null ? [{ name: "performerFinding", label: t("conduct.fields.performerFinding"), kind: "select" as const, required: true, options: (["respondentOnly", "substitutable"] as const).map((p) => ({ value: p, label: t(`conduct.performer.${p}`) })) }] : []),
        ],
        request: (v) => ({ path: `/api/v1/cases/${caseId}/conduct/duties/${d.id}/checks`, body: v }),
      }),
    record: (d, k) =>
      open({
        key: "conduct-record",
        title: t("conduct.actions.record"),
        help: t("conduct.help.record"),
        initialValues: { checkDate: view.today, kind: d.evidenceKinds[0], finding: "compliant" },
        fields: [
          { name: "checkDate", label: t("conduct.fields.checkDate"), kind: "date", required: true },
          { name: "kind", label: t("conduct.fields.evidenceKind"), kind: "select", required: true, options: d.evidenceKinds.map((e) => ({ value: e, label: t(`conduct.evidence.${e}`) })) },
          { name: "finding", label: t("conduct.fields.finding"), kind: "select", required: true, options: (["compliant", "breach", "inconclusive"] as const).map((f) => ({ value: f, label: t(`conduct.finding.${f}`) })) },
          { name: "url", label: t("conduct.fields.url"), kind: "text" },
          { name: "note", label: t("conduct.fields.note"), kind: "textarea" },
          { name: "attachments", label: t("conduct.fields.attachments"), kind: "textarea", extra: t("conduct.fields.attachmentsHelp") },
        ],
        request: (v) => ({
          path: `/api/v1/conduct/checks/${k.id}/record`,
          body: {
            checkDate: v.checkDate,
            evidence: [{ kind: v.kind, finding: v.finding, ...(v.url ? { url: v.url } : {}), ...(v.note ? { note: v.note } : {}), ...(lines(v.attachments).length ? { attachments: lines(v.attachments).map((name) => ({ name })) } : {}) }],
          },
        }),
      }),
    escalate: (_d, k) => {
      const step = k.escalation?.steps.find((s) => s.kind === "fine" || s.kind === "detention" || s.kind === "repeatSanction");
      open({
        key: "conduct-escalate",
        title: t("conduct.actions.escalate"),
        help: t("conduct.help.escalate"),
        initialValues: { measure: step?.kind === "detention" ? "detention" : "fine", partyId: respondents[0]?.id, ...(step?.target === "principalOrDirectlyResponsible" ? { forEntity: "principal" } : {}) },
        fields: [
          { name: "measure", label: t("coercion.measure.label"), kind: "select", required: true, options: (["fine", "detention"] as const).map((m) => ({ value: m, label: t(`coercion.measure.${m}`) })) },
          { name: "partyId", label: t("coercion.partyLabel"), kind: "select", required: true, options: respondents.map((p) => ({ value: p.id, label: p.name })) },
          { name: "forEntity", label: t("coercion.forEntity.label"), kind: "select", options: (["principal", "directlyResponsible"] as const).map((x) => ({ value: x, label: t(`coercion.forEntity.${x}`) })) },
          { name: "personName", label: t("coercion.personName"), kind: "text" },
          { name: "facts", label: t("coercion.facts"), kind: "textarea", required: true },
          { name: "amountFen", label: t("coercion.amount"), kind: "yuan", required: true },
          { name: "days", label: t("coercion.days"), kind: "number", required: true, min: 1, max: 15 },
          { name: "newPeriodDue", label: t("conduct.fields.newPeriodDue"), kind: "date", extra: t("conduct.fields.newPeriodHelp") },
        ],
        when: { amountFen: (v) => v.measure !== "detention", days: (v) => v.measure === "detention" },
        request: (v) => ({ path: `/api/v1/conduct/checks/${k.id}/escalate`, body: v }),
      });
    },
    appoint: (d) =>
      open({
        key: "conduct-appoint",
        title: t("conduct.actions.appoint"),
        help: t("conduct.help.appoint"),
        citation: t("conduct.citation.appoint"),
        initialValues: { method: "courtSelected", qualificationRequired: false, performerQualified: false, courtApproved: false },
        fields: [
          { name: "method", label: t("conduct.fields.method"), kind: "select", required: true, options: SELECTION_METHODS.map((m) => ({ value: m, label: t(`conduct.method.${m}`) })) },
          { name: "performerName", label: t("conduct.fields.performerName"), kind: "text", required: true },
          { name: "qualificationRequired", label: t("conduct.fields.qualificationRequired"), kind: "switch", ...(d.qualificationMayBeRequired ? { extra: t("conduct.fields.qualificationMay") } : {}) },
          { name: "performerQualified", label: t("conduct.fields.performerQualified"), kind: "switch" },
          { name: "qualification", label: t("conduct.fields.qualification"), kind: "text" },
          { name: "courtApproved", label: t("conduct.fields.courtApproved"), kind: "switch" },
          ...(d.performer === null ? [{ name: "performerFinding", label: t("conduct.fields.performerFinding"), kind: "select" as const, required: true, options: [{ value: "substitutable", label: t("conduct.performer.substitutable") }] }] : []),
        ],
        when: { qualification: (v) => v.qualificationRequired === true, performerQualified: (v) => v.qualificationRequired === true, courtApproved: (v) => v.method === "applicantRecommended" || v.method === "applicantSelf" },
        request: (v) => ({
          path: `/api/v1/cases/${caseId}/conduct/duties/${d.id}/substitute`,
          body: { ...v, qualificationRequired: yesNo(v.qualificationRequired), performerQualified: yesNo(v.performerQualified), courtApproved: yesNo(v.courtApproved) },
        }),
      }),
    penalty: (d) =>
      open({
        key: "conduct-penalty",
        title: t("conduct.actions.penalty"),
        help: t("conduct.help.penalty"),
        citation: t("conduct.citation.penalty"),
        initialValues: { until: view.today, ...(view.performanceDeadline ? { performanceDue: view.performanceDeadline } : {}) },
        fields: [
          { name: "performanceDue", label: t("conduct.fields.performanceDue"), kind: "date" },
          { name: "until", label: t("conduct.fields.until"), kind: "date", required: true },
          { name: "lossFen", label: t("conduct.fields.loss"), kind: "yuan" },
          { name: "courtDeterminedFen", label: t("conduct.fields.courtDetermined"), kind: "yuan", extra: t("conduct.fields.courtDeterminedHelp") },
        ],
        request: (v) => ({ path: `/api/v1/cases/${caseId}/conduct/duties/${d.id}/delay-penalty`, body: v }),
      }),
    fixCost: (s) =>
      open({
        key: "conduct-cost",
        title: t("conduct.actions.fixCost"),
        help: t("conduct.help.fixCost"),
        citation: t("conduct.citation.cost"),
        initialValues: { prepaymentDays: 10 },
        fields: [
          { name: "amountFen", label: t("conduct.fields.cost"), kind: "yuan", required: true },
          { name: "prepaymentDays", label: t("conduct.fields.prepaymentDays"), kind: "number", required: true, min: 1, max: 365 },
          { name: "item1", label: t("conduct.fields.item", { n: 1 }), kind: "text" },
          { name: "amount1", label: t("conduct.fields.itemAmount", { n: 1 }), kind: "yuan" },
          { name: "voucher1", label: t("conduct.fields.voucherKind", { n: 1 }), kind: "text" },
          { name: "number1", label: t("conduct.fields.voucherNumber", { n: 1 }), kind: "text" },
          { name: "item2", label: t("conduct.fields.item", { n: 2 }), kind: "text" },
          { name: "amount2", label: t("conduct.fields.itemAmount", { n: 2 }), kind: "yuan" },
          { name: "voucher2", label: t("conduct.fields.voucherKind", { n: 2 }), kind: "text" },
          { name: "number2", label: t("conduct.fields.voucherNumber", { n: 2 }), kind: "text" },
        ],
        request: (v) => {
          const items = [1, 2]
            .filter((n) => v[`item${n}`] && v[`amount${n}`] !== undefined)
            .map((n) => ({
              description: v[`item${n}`],
              amountFen: v[`amount${n}`],
              ...(v[`voucher${n}`] ? { voucher: { kind: v[`voucher${n}`], ...(v[`number${n}`] ? { number: v[`number${n}`] } : {}) } } : {}),
            }));
          return { path: `/api/v1/conduct/substitutes/${s.id}/cost`, body: { amountFen: v.amountFen, prepaymentDays: v.prepaymentDays, ...(items.length ? { items } : {}) } };
        },
      }),
    prepay: (s) =>
      open({
        key: "conduct-prepay",
        title: t("conduct.actions.prepay"),
        initialValues: { paidOn: view.today },
        fields: [
          { name: "amountFen", label: t("conduct.fields.prepaid"), kind: "yuan", required: true },
          { name: "paidOn", label: t("conduct.fields.paidOn"), kind: "date", required: true },
        ],
        request: (v) => ({ path: `/api/v1/conduct/substitutes/${s.id}/prepayment`, body: v }),
      }),
    convert: (s) =>
      open({
        key: "conduct-convert",
        title: t("conduct.actions.convert"),
        help: t("conduct.help.convert", { due: s.prepaymentDue ?? "" }),
        citation: t("conduct.citation.cost"),
        danger: true,
        fields: [],
        request: () => ({ path: `/api/v1/conduct/substitutes/${s.id}/convert`, body: {} }),
      }),
    complete: (s) =>
      open({
        key: "conduct-complete",
        title: t("conduct.actions.complete"),
        help: t("conduct.help.complete"),
        initialValues: { completedOn: view.today, unit: t("conduct.fields.defaultUnit"), extent: "full" },
        fields: [
          { name: "completedOn", label: t("conduct.fields.completedOn"), kind: "date", required: true },
          { name: "item", label: t("conduct.fields.quantityItem"), kind: "text" },
          { name: "quantity", label: t("conduct.fields.quantity"), kind: "number", min: 0 },
          { name: "unit", label: t("conduct.fields.unit"), kind: "text" },
          { name: "note", label: t("conduct.fields.completionNote"), kind: "textarea" },
          { name: "attachments", label: t("conduct.fields.attachments"), kind: "textarea", extra: t("conduct.fields.attachmentsHelp") },
          // A full completion records the duty done with this record as its evidence; a partial one leaves it open.
          { name: "extent", label: t("conduct.fields.completionExtent"), kind: "select", required: true, extra: t("conduct.fields.completionExtentHelp"), options: (["full", "partial"] as const).map((x) => ({ value: x, label: t(`conduct.completionExtent.${x}`) })) },
        ],
        request: (v) => ({
          path: `/api/v1/conduct/substitutes/${s.id}/complete`,
          body: {
            completedOn: v.completedOn,
            ...(v.item && v.quantity !== undefined ? { quantities: [{ item: v.item, quantity: v.quantity, unit: v.unit ?? "" }] } : {}),
            ...(v.note ? { note: v.note } : {}),
            ...(lines(v.attachments).length ? { attachments: lines(v.attachments).map((name) => ({ name })) } : {}),
            ...(v.extent === "partial" ? { partial: true } : {}),
          },
        }),
      }),
  });
  return acts;
}

export function AddedMonetaryDuties({ view }: { view: ConductView }) {
  const { t } = useTranslation();
  if (view.addedMonetaryDuties.length === 0) return null;
  return (
    <Card size="small" title={t("conduct.added.title")} data-testid="conduct-added-duties" style={{ marginBottom: 12 }}>
      <List
        size="small"
        dataSource={view.addedMonetaryDuties}
        renderItem={(m) => (
          <List.Item data-testid="conduct-added-duty">
            <span>{m.description}</span>
            <Money fen={m.amountFen} unit={t("common.yuan")} />
          </List.Item>
        )}
      />
    </Card>
  );
}

function StaffConduct({ view, caseId }: { view: ConductView; caseId: string }) {
  const { t } = useTranslation();
  const write = useConductWrite(caseId);
  const [spec, setSpec] = useState<ActionSpec | null>(null);
  const acts = useSpecs(view, caseId)(setSpec);
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t("conduct.intro")} />
      {view.duties.length === 0 ? <EmptyState text={t("conduct.none")} /> : view.duties.map((d) => <ConductDutyCard key={d.id} d={d} act={view.mayAct ? acts : null} />)}
      <AddedMonetaryDuties view={view} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t("conduct.scheduleNote")}</Typography.Text>
      <FieldsModal spec={spec} mutation={write} onClose={() => setSpec(null)} />
    </>
  );
}

export function ConductTab({ detail }: { detail: CaseDetail }) {
  const query = useConduct(detail.id);
  return <QueryState query={query}>{(view) => <StaffConduct view={view} caseId={detail.id} />}</QueryState>;
}
