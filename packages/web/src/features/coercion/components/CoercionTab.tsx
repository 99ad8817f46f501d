// 强制措施与异议: the case's fines and detentions (proposal → president's approval → decision document →
// service → reconsideration at the higher court; payment and detention, not stayed), the refusal-crime
// referrals, and the objections (features/objections). The server decides; the buttons follow roles only.
import { useState } from "react";
import { Button, Card, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseDetail, User } from "../../../api/types";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { formatCitation, formatDate } from "../../../lib/format";
import { mayHandle } from "../../case/mayAct";
import { ObjectionsCard } from "../../objections/components/ObjectionsCard";
import { sanctionDocumentUrl, useCoercion, useCoercionWrite } from "../api";
import { COERCION_GROUND_KEYS, type Referral, type Sanction } from "../types";
import { FieldsModal, type ActionSpec } from "./FieldsModal";

const HIGHER_DECIDERS = ["supervisor", "president", "divisionHead", "officer"];

export function SanctionStatusTag({ s }: { s: Sanction }) {
  const { t } = useTranslation();
  if (s.revoked) return <Tag color="default">{t("coercion.status.revoked")}</Tag>;
  const color = s.status === "decided" ? "red" : s.status === "proposed" ? "gold" : "default";
  return <Tag color={color}>{t(`coercion.status.${s.status}`)}</Tag>;
}

/** What the sanction stands at, in one line. */
export function SanctionProgress({ s }: { s: Sanction }) {
  const { t } = useTranslation();
  const r = s.reconsideration;
  const parts: string[] = [];
  if (s.decidedOn) parts.push(t("coercion.decidedOn", { date: formatDate(s.decidedOn) }));
  if (s.servedOn) parts.push(t("coercion.servedOn", { date: formatDate(s.servedOn) }));
  if (s.servedOn && !r && s.reconsiderationDue) parts.push(t("coercion.applyBy", { date: formatDate(s.reconsiderationDue) }));
  if (r) parts.push(t(`coercion.reconsideration.${r.status}`) + (r.status === "pending" && r.decisionDue ? t("common.paren", { text: t("coercion.decideBy", { date: formatDate(r.decisionDue) }) }) : ""));
  if (s.paidOn) parts.push(t("coercion.paidOn", { date: formatDate(s.paidOn) }));
  if (s.detentionStartedOn) parts.push(t("coercion.detainedOn", { date: formatDate(s.detentionStartedOn) }));
  if (s.detentionEndedOn) parts.push(t(`coercion.detentionEnd.${s.detentionEnd ?? "completed"}`, { date: formatDate(s.detentionEndedOn) }));
  if (s.refusalReason) parts.push(t("coercion.refusedBecause", { reason: s.refusalReason }));
  return <span data-testid="sanction-progress">{parts.join(" · ") || "—"}</span>;
}

export function CoercionTab({ detail, user }: { detail: CaseDetail; user: User }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith("zh") ? "zh" : "en";
  const query = useCoercion(detail.id);
  const write = useCoercionWrite(detail.id);
  const [spec, setSpec] = useState<ActionSpec | null>(null);
  const handle = mayHandle(user, detail);
  const president = user.role === "president" && user.courtId === detail.courtId;
  const higher = user.courtId !== null && user.courtId !== detail.courtId && HIGHER_DECIDERS.includes(user.role);
  const respondents = detail.parties.filter((p) => p.role === "respondent");
  const conductDuties = detail.duties.filter((d) => d.kind === "conduct" && !d.done);

  const propose: ActionSpec = {
    key: "propose",
    title: t("coercion.propose.title"),
    help: t("coercion.propose.help"),
    citation: t("coercion.propose.citation"),
    initialValues: { measure: "fine" },
    fields: [
      { name: "measure", label: t("coercion.measure.label"), kind: "select", required: true, options: (["fine", "detention"] as const).map((m) => ({ value: m, label: t(`coercion.measure.${m}`) })) },
      { name: "partyId", label: t("coercion.partyLabel"), kind: "select", options: respondents.map((p) => ({ value: p.id, label: p.name })), extra: t("coercion.partyHelp") },
      { name: "forEntity", label: t("coercion.forEntity.label"), kind: "select", options: (["principal", "directlyResponsible"] as const).map((k) => ({ value: k, label: t(`coercion.forEntity.${k}`) })) },
      { name: "personName", label: t("coercion.personName"), kind: "text" },
      { name: "ground", label: t("coercion.ground"), kind: "select", required: true, options: COERCION_GROUND_KEYS.map((g) => ({ value: g, label: t(`coercion.grounds.${g}`) })) },
      { name: "facts", label: t("coercion.facts"), kind: "textarea", required: true },
      { name: "amountFen", label: t("coercion.amount"), kind: "yuan", required: true, extra: t("coercion.amountHelp") },
      { name: "days", label: t("coercion.days"), kind: "number", required: true, min: 1, max: 15, extra: t("coercion.daysHelp") },
      { name: "dutyId", label: t("coercion.duty"), kind: "select", required: true, options: conductDuties.map((d) => ({ value: d.id, label: `${t(`dutyCategory.${d.category}`)} · ${d.description}` })) },
      { name: "newPeriodDue", label: t("coercion.newPeriodDue"), kind: "date", extra: t("coercion.newPeriodHelp") },
    ],
    when: {
      amountFen: (v) => v.measure !== "detention",
      days: (v) => v.measure === "detention",
      dutyId: (v) => v.ground === "conductDutyOnlyRespondent",
      newPeriodDue: (v) => v.ground === "conductDutyOnlyRespondent",
    },
    request: (v) => ({ path: `/api/v1/cases/${detail.id}/sanctions`, body: v }),
  };
  const sanctionAction = (s: Sanction, key: string, fields: ActionSpec["fields"] = [], extra: Partial<ActionSpec> = {}): ActionSpec => ({
    key,
    title: t(`coercion.actions.${key}.title`),
    help: t(`coercion.actions.${key}.help`),
    fields,
    request: (v) => ({ path: `/api/v1/sanctions/${s.id}/${key === "startDetention" ? "detention/start" : key === "endDetention" ? "detention/end" : key}`, body: v }),
    ...extra,
  });
  const decide = (s: Sanction): ActionSpec => ({
    key: "decide",
    title: t("coercion.actions.decide.title"),
    help: t("coercion.actions.decide.help"),
    citation: t("coercion.actions.decide.citation"),
    initialValues: { outcome: "affirmed", urgentOral: false },
    fields: [
      { name: "outcome", label: t("coercion.outcome"), kind: "select", required: true, options: (["affirmed", "varied", "revoked"] as const).map((o) => ({ value: o, label: t(`coercion.reconsideration.${o}`) })) },
      s.measure === "fine" ? { name: "amountFen", label: t("coercion.amount"), kind: "yuan", required: true } : { name: "days", label: t("coercion.days"), kind: "number", required: true, min: 1, max: 15 },
      { name: "reasons", label: t("coercion.reasons"), kind: "textarea", required: true },
      { name: "urgentOral", label: t("coercion.urgentOral"), kind: "switch", extra: t("coercion.urgentOralHelp") },
    ],
    when: { amountFen: (v) => v.outcome === "varied", days: (v) => v.outcome === "varied" },
    request: (v) => ({ path: `/api/v1/sanction-reconsiderations/${s.reconsideration!.id}/decide`, body: v }),
  });

  const buttons = (s: Sanction) => {
    const b: { spec: ActionSpec; danger?: boolean }[] = [];
    if (president && s.status === "proposed") {
      b.push({ spec: sanctionAction(s, "approve", [], { citation: t("coercion.actions.approve.citation") }) });
      b.push({ spec: sanctionAction(s, "refuse", [{ name: "reason", label: t("coercion.reasons"), kind: "textarea", required: true }], { danger: true }), danger: true });
    }
    if (handle && s.status === "decided") {
      if (!s.servedOn) b.push({ spec: sanctionAction(s, "serve", [{ name: "servedOn", label: t("coercion.servedOnLabel"), kind: "date", required: true }]) });
      if (s.measure === "fine" && !s.revoked && s.paidOn === null)
        b.push({ spec: sanctionAction(s, "payment", [{ name: "amountFen", label: t("coercion.amount"), kind: "yuan", required: true }, { name: "paidOn", label: t("coercion.paidOnLabel"), kind: "date", required: true }], { initialValues: { amountFen: s.effectiveAmountFen ?? s.amountFen } }) });
      if (s.measure === "detention" && !s.revoked && !s.detentionStartedOn) b.push({ spec: sanctionAction(s, "startDetention", [{ name: "startedOn", label: t("coercion.startedOn"), kind: "date", required: true }]) });
      if (s.measure === "detention" && s.detentionStartedOn && !s.detentionEndedOn)
        b.push({ spec: sanctionAction(s, "endDetention", [{ name: "endedOn", label: t("coercion.endedOn"), kind: "date", required: true }, { name: "earlyRelease", label: t("coercion.earlyRelease"), kind: "switch" }], { initialValues: { earlyRelease: false } }) });
      if (s.servedOn && !s.reconsideration)
        b.push({ spec: sanctionAction(s, "reconsideration", [{ name: "filedOn", label: t("coercion.filedOn"), kind: "date", required: true }, { name: "applicantName", label: t("coercion.applicantName"), kind: "text" }, { name: "grounds", label: t("coercion.applicationGrounds"), kind: "textarea", required: true }]) });
    }
    if (higher && s.reconsideration?.status === "pending") b.push({ spec: decide(s) });
    if (higher && s.reconsideration?.oralNoticeOn && !s.reconsideration.writtenDecisionOn)
      b.push({ spec: { key: "written", title: t("coercion.actions.written.title"), help: t("coercion.actions.written.help"), fields: [], request: () => ({ path: `/api/v1/sanction-reconsiderations/${s.reconsideration!.id}/written-decision`, body: {} }) } });
    return b;
  };

  const referral: ActionSpec = {
    key: "refer",
    title: t("coercion.referral.new"),
    help: t("coercion.referral.help"),
    citation: t("coercion.referral.citation"),
    initialValues: { route: "publicSecurityReferral" },
    fields: [
      { name: "route", label: t("coercion.referral.route"), kind: "select", required: true, options: (["publicSecurityReferral", "privateProsecution"] as const).map((r) => ({ value: r, label: t(`coercion.referral.routes.${r}`) })) },
      { name: "respondentPartyId", label: t("coercion.partyLabel"), kind: "select", required: true, options: respondents.map((p) => ({ value: p.id, label: p.name })) },
      { name: "recipient", label: t("coercion.referral.recipient"), kind: "text", required: true },
      { name: "facts", label: t("coercion.facts"), kind: "textarea", required: true },
      { name: "referredOn", label: t("coercion.referral.referredOn"), kind: "date", required: true },
    ],
    request: (v) => ({ path: `/api/v1/cases/${detail.id}/refusal-crime-referrals`, body: v }),
  };
  const step = (r: Referral): ActionSpec => ({
    key: "step",
    title: t("coercion.referral.step"),
    fields: [
      { name: "to", label: t("coercion.referral.state"), kind: "select", required: true, options: r.next.map((s) => ({ value: s, label: t(`coercion.referral.states.${s}`) })) },
      { name: "date", label: t("coercion.referral.date"), kind: "date", required: true },
      { name: "note", label: t("coercion.referral.note"), kind: "textarea" },
    ],
    request: (v) => ({ path: `/api/v1/refusal-crime-referrals/${r.id}/steps`, body: v }),
  });

  return (
    <div data-testid="coercion-tab">
      <Card
        size="small"
        title={t("coercion.sanctions")}
        extra={handle ? <Button type="primary" onClick={() => setSpec(propose)} data-testid="sanction-propose">{t("coercion.propose.button")}</Button> : null}
      >
        <Typography.Paragraph type="secondary">{t("coercion.noStay")}</Typography.Paragraph>
        <QueryState query={query}>
          {(data) => (
            <Table<Sanction>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={data.sanctions}
              scroll={{ x: 900 }}
              locale={{ emptyText: <EmptyState text={t("coercion.none")} /> }}
              onRow={(s) => ({ "data-testid": "sanction-row", "data-status": s.status }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t("coercion.measure.label"), key: "m", width: 90, render: (_: unknown, s) => t(`coercion.measure.${s.measure}`) },
                { title: t("coercion.personName"), key: "p", width: 140, render: (_: unknown, s) => `${s.personName}${s.forEntity ? t("common.paren", { text: t(`coercion.forEntity.${s.forEntity}`) }) : ""}` },
                { title: t("coercion.ground"), key: "g", render: (_: unknown, s) => <span title={s.basis.map((c) => formatCitation(c, lang)).join("；")}>{t(`coercion.grounds.${s.ground}`)}</span> },
                {
                  title: t("coercion.amountOrDays"),
                  key: "a",
                  width: 140,
                  render: (_: unknown, s) =>
                    s.measure === "fine" ? (
                      <>
                        <Money fen={s.amountFen} unit={t("common.yuan")} />
                        {s.effectiveAmountFen !== null && s.effectiveAmountFen !== s.amountFen ? <div>→ <Money fen={s.effectiveAmountFen} unit={t("common.yuan")} /></div> : null}
                      </>
                    ) : (
                      <>
                        {t("coercion.daysValue", { n: s.days })}
                        {s.effectiveDays !== null && s.effectiveDays !== s.days ? ` → ${t("coercion.daysValue", { n: s.effectiveDays })}` : ""}
                      </>
                    ),
                },
                { title: t("coercion.statusLabel"), key: "s", width: 100, render: (_: unknown, s) => <SanctionStatusTag s={s} /> },
                { title: t("coercion.progress"), key: "pr", render: (_: unknown, s) => <SanctionProgress s={s} /> },
                {
                  title: t("coercion.actionsLabel"),
                  key: "x",
                  width: 220,
                  render: (_: unknown, s) => (
                    <Space wrap size={4}>
                      {s.status === "decided" ? (
                        <Button size="small" href={sanctionDocumentUrl(s.id, lang)} target="_blank" data-testid="sanction-document">
                          {t("coercion.document")}
                        </Button>
                      ) : null}
                      {buttons(s).map(({ spec: sp, danger }) => (
                        <Button key={sp.key} size="small" danger={danger} onClick={() => setSpec(sp)} data-testid={`sanction-${sp.key}`}>
                          {sp.title}
                        </Button>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Card>

      <Card
        size="small"
        title={t("coercion.referral.title")}
        style={{ marginTop: 16 }}
        extra={handle ? <Button onClick={() => setSpec(referral)} data-testid="referral-new">{t("coercion.referral.new")}</Button> : null}
      >
        <QueryState query={query}>
          {(data) => (
            <Table<Referral>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={data.referrals}
              locale={{ emptyText: <EmptyState text={t("coercion.referral.none")} /> }}
              onRow={(r) => ({ "data-testid": "referral-row", "data-state": r.state }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t("coercion.referral.route"), key: "r", render: (_: unknown, r) => t(`coercion.referral.routes.${r.route}`) },
                { title: t("coercion.partyLabel"), dataIndex: "respondentName" },
                { title: t("coercion.referral.recipient"), dataIndex: "recipient" },
                { title: t("coercion.referral.referredOn"), dataIndex: "referredOn", render: (v: string) => formatDate(v) },
                { title: t("coercion.referral.state"), key: "s", render: (_: unknown, r) => <Tag color={r.final ? "default" : "processing"}>{t(`coercion.referral.states.${r.state}`)}</Tag> },
                {
                  title: t("coercion.actionsLabel"),
                  key: "x",
                  render: (_: unknown, r) => (handle && !r.final ? <Button size="small" onClick={() => setSpec(step(r))} data-testid="referral-step">{t("coercion.referral.step")}</Button> : null),
                },
              ]}
            />
          )}
        </QueryState>
      </Card>

      <ObjectionsCard detail={detail} user={user} />
      <FieldsModal spec={spec} mutation={write} onClose={() => setSpec(null)} />
    </div>
  );
}
