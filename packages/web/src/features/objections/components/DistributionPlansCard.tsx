// 分配方案 on the staff case page (inside the objections card): draft a plan sharing part of the
// undistributed money between the case's applicant and another creditor, record its service (the 15-day
// objection clocks), the objection, the notices, the counter-objection and the suit (the 15-day clocks of
// 民诉法解释 art 510), and carry it out as the law decides (the server's distributionOutcome). The server
// decides; the buttons follow the plan's state and the user's role only.
import { useState } from "react";
import { Button, Card, Descriptions, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseDetail, User } from "../../../api/types";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { formatDate, formatFen } from "../../../lib/format";
import { mayHandle } from "../../case/mayAct";
import { FieldsModal, type ActionSpec } from "../../coercion/components/FieldsModal";
import { useDistributionPlans, useObjectionWrite } from "../api";
import type { DistributionPlan } from "../types";
import { ObjectionClocks } from "./ObjectionsCard";

export function PlanSummary({ p }: { p: DistributionPlan }) {
  const { t } = useTranslation();
  const o = p.objection;
  return (
    <Space direction="vertical" size={2}>
      <span>
        <Tag color={p.status === "carriedOut" ? "default" : "processing"}>{t(`distributionPlans.status.${p.status}`)}</Tag>
        {p.outcome ? <Tag color="success">{t(`distributionPlans.outcome.${p.outcome}`)}</Tag> : null}
      </span>
      {o ? <span>{t("distributionPlans.objectionLine", { name: o.objectorName, date: formatDate(o.filedOn) })}</span> : null}
      {o?.counterFiledOn ? <span>{t("distributionPlans.counterLine", { name: o.counterByName ?? "", date: formatDate(o.counterFiledOn) })}</span> : null}
      {o?.suitFiledOn ? <span>{t("distributionPlans.suitLine", { date: formatDate(o.suitFiledOn) })}</span> : null}
      {p.depositedFen > 0 ? <Typography.Text type="warning">{t("distributionPlans.deposited", { amount: formatFen(p.depositedFen) })}</Typography.Text> : null}
      {p.status === "served" ? <Typography.Text type="secondary">{t("distributionPlans.prospective", { outcome: t(`distributionPlans.outcome.${p.prospectiveOutcome}`) })}</Typography.Text> : null}
      {p.status === "served" && !o
        ? p.recipients.map((r) => (
            <Typography.Text key={r.id} type="secondary">
              {t("distributionPlans.recipientDue", { name: r.name, received: formatDate(r.receivedOn), date: formatDate(r.objectionDue) })}
            </Typography.Text>
          ))
        : null}
      <ObjectionClocks clocks={p.clocks.filter((k) => k.status === "open")} />
    </Space>
  );
}

export function PlanLines({ p }: { p: DistributionPlan }) {
  const { t } = useTranslation();
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={p.lines}
      columns={[
        { title: t("distributionPlans.columns.creditor"), key: "c", render: (_: unknown, l: DistributionPlan["lines"][number]) => (l.creditorKind === "applicant" ? `${l.creditorName}（${t("distributionPlans.applicantKind")}）` : l.creditorName) },
        { title: t("distributionPlans.columns.basis"), dataIndex: "basis", render: (v: string | null) => v ?? "—" },
        { title: t("distributionPlans.columns.claim"), dataIndex: "claimFen", render: (v: number | null) => (v === null ? "—" : formatFen(v)) },
        { title: t("distributionPlans.columns.amount"), dataIndex: "amountFen", render: (v: number) => formatFen(v) },
        { title: t("distributionPlans.columns.revised"), dataIndex: "revisedAmountFen", render: (v: number | null) => (v === null ? "—" : formatFen(v)) },
        { title: t("distributionPlans.columns.paid"), dataIndex: "paidFen", render: (v: number | null) => (v === null ? "—" : formatFen(v)) },
      ]}
    />
  );
}

export function DistributionPlansCard({ detail, user }: { detail: CaseDetail; user: User }) {
  const { t } = useTranslation();
  const query = useDistributionPlans(detail.id);
  const write = useObjectionWrite(detail.id);
  const [spec, setSpec] = useState<ActionSpec | null>(null);
  const planner = user.courtId === detail.courtId && (mayHandle(user, detail) || user.role === "divisionHead" || user.role === "president");
  const applicants = detail.parties.filter((x) => x.role === "applicant");
  const respondents = detail.parties.filter((x) => x.role === "respondent");
  const path = (p: DistributionPlan, s: string) => `/api/v1/distribution-plans/${p.id}/${s}`;
  const f = (k: string, o?: Record<string, string>) => t(`distributionPlans.fields.${k}`, o);
  const act = (key: string, pathTo: string, fields: ActionSpec["fields"], body?: (v: Record<string, unknown>) => Record<string, unknown>): ActionSpec => ({
    key: `plan-${key}`,
    title: t(`distributionPlans.actions.${key}.title`),
    help: t(`distributionPlans.actions.${key}.help`),
    citation: t("distributionPlans.new.citation"),
    fields,
    request: (v) => ({ path: pathTo, body: body ? body(v) : v }),
  });

  const draft: ActionSpec = {
    key: "plan-new",
    title: t("distributionPlans.new.title"),
    help: t("distributionPlans.new.help"),
    citation: t("distributionPlans.new.citation"),
    initialValues: { partyId: applicants[0]?.id },
    fields: [
      { name: "partyId", label: f("applicant"), kind: "select", required: true, options: applicants.map((a) => ({ value: a.id, label: a.name })) },
      { name: "applicantFen", label: f("applicantAmount"), kind: "yuan", required: true },
      { name: "creditorName", label: f("otherName"), kind: "text", required: true },
      { name: "basis", label: f("otherBasis"), kind: "text", required: true },
      { name: "claimFen", label: f("otherClaim"), kind: "yuan", required: true },
      { name: "otherFen", label: f("otherAmount"), kind: "yuan", required: true },
      { name: "note", label: f("note"), kind: "textarea" },
    ],
    request: (v) => ({
      path: `/api/v1/cases/${detail.id}/distribution-plans`,
      body: {
        amountFen: Number(v.applicantFen ?? 0) + Number(v.otherFen ?? 0),
        ...(v.note ? { note: v.note } : {}),
        lines: [
          { partyId: v.partyId, amountFen: v.applicantFen },
          { creditorName: v.creditorName, basis: v.basis, claimFen: v.claimFen, amountFen: v.otherFen },
        ],
      },
    }),
  };

  const buttons = (p: DistributionPlan): ActionSpec[] => {
    if (!planner) return [];
    const b: ActionSpec[] = [];
    const o = p.objection;
    if (p.status === "draft") {
      b.push(
        act(
          "serve",
          path(p, "service"),
          [
            ...p.lines.map((l) => ({ name: `line_${l.id}`, label: f("receivedOn", { name: l.creditorName }), kind: "date" as const, required: true })),
            { name: "respondentName", label: f("respondent"), kind: "select", required: true, options: respondents.map((r) => ({ value: r.name, label: r.name })) },
            { name: "respondentReceivedOn", label: f("respondentReceivedOn"), kind: "date", required: true },
          ],
          (v) => ({
            recipients: [...p.lines.map((l) => ({ lineId: l.id, receivedOn: v[`line_${l.id}`] })), { respondentName: v.respondentName, receivedOn: v.respondentReceivedOn }],
          }),
        ),
      );
    }
    if (p.status === "served" && !o) {
      b.push(
        act(
          "object",
          path(p, "objection"),
          [
            { name: "objectorName", label: f("objector"), kind: "select", required: true, options: p.recipients.map((r) => ({ value: r.name, label: r.name })) },
            { name: "filedOn", label: f("filedOn"), kind: "date", required: true },
            ...p.lines.map((l) => ({ name: `rev_${l.id}`, label: f("revised", { name: l.creditorName }), kind: "yuan" as const, required: true })),
            { name: "grounds", label: f("grounds"), kind: "textarea", required: true },
          ],
          (v) => ({ objectorName: v.objectorName, filedOn: v.filedOn, grounds: v.grounds, revised: p.lines.map((l) => ({ lineId: l.id, amountFen: v[`rev_${l.id}`] })) }),
        ),
      );
    }
    if (p.status === "served" && o && !o.othersNotifiedOn) b.push(act("notifyOthers", path(p, "objection-notice"), [{ name: "receivedOn", label: f("noticeReceivedOn"), kind: "date", required: true }]));
    if (p.status === "served" && o?.othersNotifiedOn && !o.counterFiledOn)
      b.push(
        act("counter", path(p, "counter-objection"), [
          { name: "counterByName", label: f("counterBy"), kind: "select", required: true, options: p.recipients.filter((r) => r.name !== o.objectorName).map((r) => ({ value: r.name, label: r.name })) },
          { name: "filedOn", label: f("filedOn"), kind: "date", required: true },
          { name: "grounds", label: f("grounds"), kind: "textarea", required: true },
        ]),
      );
    if (p.status === "served" && o?.counterFiledOn && !o.counterNoticeReceivedOn) b.push(act("notifyObjector", path(p, "counter-notice"), [{ name: "receivedOn", label: f("noticeReceivedOn"), kind: "date", required: true }]));
    if (p.status === "served" && o?.counterNoticeReceivedOn && !o.suitFiledOn) b.push(act("suit", path(p, "suit"), [{ name: "filedOn", label: f("suitFiledOn"), kind: "date", required: true }]));
    if (p.status === "served") b.push(act("carryOut", path(p, "carry-out"), [{ name: "reference", label: f("reference"), kind: "text", required: true }]));
    return b;
  };

  return (
    <Card
      size="small"
      type="inner"
      title={t("distributionPlans.title")}
      style={{ marginTop: 16 }}
      data-testid="distribution-plans-card"
      extra={planner ? <Button onClick={() => setSpec(draft)} data-testid="plan-new">{t("distributionPlans.new.button")}</Button> : null}
    >
      <QueryState query={query}>
        {(data) => (
          <>
            <Typography.Paragraph type="secondary">
              {data.availableFen !== null ? <span data-testid="plan-available">{t("distributionPlans.available", { amount: formatFen(data.availableFen) })} </span> : null}
              {t("distributionPlans.ledgerNote")}
            </Typography.Paragraph>
            {data.jurisdictionObjectionDue ? <Typography.Paragraph type="secondary" data-testid="jurisdiction-due">{t("objections.jurisdiction.due", { date: formatDate(data.jurisdictionObjectionDue) })}</Typography.Paragraph> : null}
            <Table<DistributionPlan>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={data.items}
              locale={{ emptyText: <EmptyState text={t("distributionPlans.none")} /> }}
              onRow={(p) => ({ "data-testid": "plan-row", "data-status": p.status }) as React.HTMLAttributes<HTMLElement>}
              expandable={{
                expandedRowRender: (p) => (
                  <Descriptions size="small" column={1}>
                    <Descriptions.Item label={t("distributionPlans.fields.amount")}>
                      <PlanLines p={p} />
                    </Descriptions.Item>
                    {p.objection ? <Descriptions.Item label={t("distributionPlans.fields.grounds")}>{p.objection.grounds}</Descriptions.Item> : null}
                    <Descriptions.Item label={t("objections.clocks")}>
                      <ObjectionClocks clocks={p.clocks} />
                    </Descriptions.Item>
                  </Descriptions>
                ),
              }}
              columns={[
                { title: t("distributionPlans.fields.amount"), dataIndex: "amountFen", width: 140, render: (v: number) => formatFen(v) },
                { title: t("distributionPlans.columns.creditor"), key: "n", render: (_: unknown, p) => p.lines.map((l) => l.creditorName).join("、") },
                { title: t("objections.state"), key: "s", render: (_: unknown, p) => <PlanSummary p={p} /> },
                {
                  title: t("coercion.actionsLabel"),
                  key: "x",
                  width: 220,
                  render: (_: unknown, p) => (
                    <Space wrap size={4}>
                      {buttons(p).map((sp) => (
                        <Button key={sp.key} size="small" onClick={() => setSpec(sp)} data-testid={sp.key}>
                          {sp.title}
                        </Button>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          </>
        )}
      </QueryState>
      <FieldsModal spec={spec} mutation={write} onClose={() => setSpec(null)} />
    </Card>
  );
}
