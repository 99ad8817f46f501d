// One conduct duty: who performs it, its compliance checks (evidence, finding, the next escalation step),
// its substitute performance (performer, cost, prepayment, the unpaid cost enforced as a monetary duty,
// completion record) with the cost list and vouchers (民诉法解释 art 502 para 2), and its 迟延履行金.
// `act` carries the handler's buttons; without it the card is read-only (the party page).
import type { ReactNode } from "react";
import { Button, Card, Descriptions, List, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Money } from "../../../components/Money";
import { formatCitation, formatDate } from "../../../lib/format";
import type { ConductCheck, ConductDuty, Substitute } from "../types";

export type DutyActions = {
  schedule: (d: ConductDuty) => void;
  record: (d: ConductDuty, k: ConductCheck) => void;
  escalate: (d: ConductDuty, k: ConductCheck) => void;
  appoint: (d: ConductDuty) => void;
  penalty: (d: ConductDuty) => void;
  fixCost: (s: Substitute) => void;
  prepay: (s: Substitute) => void;
  convert: (s: Substitute) => void;
  complete: (s: Substitute) => void;
};

const OUTCOME_COLOR: Record<string, string> = { compliant: "green", breach: "red", inconclusive: "gold" };

export function CostList({ s }: { s: Substitute }) {
  const { t } = useTranslation();
  if (!s.costListVisible || !s.costList) return <Typography.Text type="secondary" data-testid="conduct-cost-list-hidden">{t("conduct.costList.hidden")}</Typography.Text>;
  return (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      data-testid="conduct-cost-list"
      dataSource={s.costList.map((c, i) => ({ ...c, key: i }))}
      locale={{ emptyText: t("conduct.costList.empty") }}
      columns={[
        { title: t("conduct.costList.item"), dataIndex: "description" },
        { title: t("conduct.costList.amount"), dataIndex: "amountFen", align: "right", render: (v: number) => <Money fen={v} unit={t("common.yuan")} /> },
        {
          title: t("conduct.costList.voucher"),
          render: (_v, r) => (r.voucher ? <span data-testid="conduct-voucher">{[r.voucher.kind, r.voucher.number, r.voucher.issuer].filter(Boolean).join(" · ")}</span> : "—"),
        },
      ]}
    />
  );
}

function SubstituteBlock({ s, act }: { s: Substitute; act: DutyActions | null }) {
  const { t, i18n } = useTranslation();
  const converted = s.costDutyId !== null;
  const buttons: ReactNode[] = [];
  if (act) {
    if (s.costFen === null) buttons.push(<Button key="cost" size="small" onClick={() => act.fixCost(s)} data-testid="conduct-fix-cost">{t("conduct.actions.fixCost")}</Button>);
    if (s.costFen !== null && !converted && s.prepaidFen < s.costFen) buttons.push(<Button key="prepay" size="small" onClick={() => act.prepay(s)} data-testid="conduct-prepay">{t("conduct.actions.prepay")}</Button>);
    if (s.mayConvert) buttons.push(<Button key="convert" size="small" type="primary" danger onClick={() => act.convert(s)} data-testid="conduct-convert">{t("conduct.actions.convert")}</Button>);
    if (!s.completedOn) buttons.push(<Button key="complete" size="small" onClick={() => act.complete(s)} data-testid="conduct-complete">{t("conduct.actions.complete")}</Button>);
  }
  return (
    <Card size="small" type="inner" title={t("conduct.substitute.title")} extra={<Space>{buttons}</Space>} data-testid="conduct-substitute" data-converted={converted ? "yes" : "no"} data-completed={s.completedOn ? "yes" : "no"} style={{ marginTop: 8 }}>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t("conduct.substitute.performer")}><span data-testid="conduct-performer">{s.performerName}</span></Descriptions.Item>
        <Descriptions.Item label={t("conduct.substitute.method")}>{t(`conduct.method.${s.method}`)}</Descriptions.Item>
        <Descriptions.Item label={t("conduct.substitute.qualification")}>{s.qualificationRequired ? (s.qualification ?? t("conduct.substitute.qualified")) : t("conduct.substitute.noQualification")}</Descriptions.Item>
        <Descriptions.Item label={t("conduct.substitute.appointedOn")}>{formatDate(s.appointedOn)}</Descriptions.Item>
        <Descriptions.Item label={t("conduct.substitute.cost")}>{s.costFen !== null ? <span data-testid="conduct-cost"><Money fen={s.costFen} unit={t("common.yuan")} /></span> : t("conduct.substitute.costNotFixed")}</Descriptions.Item>
        <Descriptions.Item label={t("conduct.substitute.prepaymentDue")}>
          <span data-testid="conduct-prepayment-due">{formatDate(s.prepaymentDue)}</span>
          {s.costFen !== null ? <span> · {t("conduct.substitute.prepaid")} <Money fen={s.prepaidFen} unit={t("common.yuan")} /></span> : null}
        </Descriptions.Item>
        {converted ? (
          <Descriptions.Item label={t("conduct.substitute.enforced")} span={2}>
            <Tag color="volcano" data-testid="conduct-converted">{t("conduct.substitute.enforcedOn", { date: formatDate(s.costConvertedOn) })}</Tag>
          </Descriptions.Item>
        ) : null}
        {s.completedOn && s.completion ? (
          <Descriptions.Item label={t("conduct.substitute.completedOn")} span={2}>
            <div data-testid="conduct-completion">
              <div>{formatDate(s.completedOn)}</div>
              {s.completion.quantities.map((q, i) => <div key={i}>{t("conduct.substitute.quantity", { item: q.item, quantity: q.quantity, unit: q.unit })}</div>)}
              {s.completion.note ? <div>{s.completion.note}</div> : null}
              {s.completion.attachments.length ? <div>{t("conduct.attachments")}: {s.completion.attachments.map((a) => a.name).join("、")}</div> : null}
            </div>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 8 }}>{t("conduct.costList.title")}</Typography.Title>
      <CostList s={s} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.basis.map((b) => formatCitation(b, i18n.language)).join("；")}</Typography.Text>
    </Card>
  );
}

export function ConductDutyCard({ d, act }: { d: ConductDuty; act: DutyActions | null }) {
  const { t, i18n } = useTranslation();
  const buttons: ReactNode[] = [];
  if (act && !d.done) {
    if (d.checks.length === 0) buttons.push(<Button key="schedule" size="small" onClick={() => act.schedule(d)} data-testid="conduct-schedule">{t("conduct.actions.schedule")}</Button>);
    if (d.performer !== "respondentOnly" && !d.substitute) buttons.push(<Button key="appoint" size="small" type="primary" onClick={() => act.appoint(d)} data-testid="conduct-appoint">{t("conduct.actions.appoint")}</Button>);
    buttons.push(<Button key="penalty" size="small" onClick={() => act.penalty(d)} data-testid="conduct-penalty">{t("conduct.actions.penalty")}</Button>);
  }
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="conduct-duty"
      data-category={d.category}
      title={
        <Space wrap>
          <strong>{t(`dutyCategory.${d.category}`)}</strong>
          <Tag>{d.performer ? t(`conduct.performer.${d.performer}`) : t("conduct.performer.courtDecides")}</Tag>
          {d.done ? <Tag color="green">{t("conduct.done", { date: formatDate(d.doneDate) })}</Tag> : null}
        </Space>
      }
      extra={<Space wrap>{buttons}</Space>}
    >
      <Typography.Paragraph>{d.description}</Typography.Paragraph>
      <Typography.Title level={5}>{t("conduct.checks.title")}</Typography.Title>
      {d.checks.length === 0 ? (
        <Typography.Text type="secondary">{t("conduct.checks.none")}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={d.checks}
          renderItem={(k) => (
            <List.Item
              data-testid="conduct-check"
              data-status={k.status}
              data-outcome={k.outcome ?? ""}
              actions={
                act
                  ? [
                      k.status === "scheduled" ? <Button key="r" size="small" onClick={() => act.record(d, k)} data-testid="conduct-check-record">{t("conduct.actions.record")}</Button> : null,
                      k.outcome === "breach" && !k.sanctionId && k.escalation?.steps.some((s) => s.kind === "fine" || s.kind === "detention" || s.kind === "repeatSanction") ? (
                        <Button key="e" size="small" danger onClick={() => act.escalate(d, k)} data-testid="conduct-check-escalate">{t("conduct.actions.escalate")}</Button>
                      ) : null,
                    ].filter(Boolean)
                  : []
              }
            >
              <Space orientation="vertical" size={2} style={{ width: "100%" }}>
                <Space wrap>
                  <span>{t("conduct.checks.seq", { n: k.seq })}</span>
                  <span>{t("conduct.checks.due", { date: formatDate(k.dueDate) })}</span>
                  {k.provisional ? <Tag>{t("conduct.checks.provisional")}</Tag> : null}
                  {k.outcome ? <Tag color={OUTCOME_COLOR[k.outcome]}>{t(`conduct.outcome.${k.outcome}`)}</Tag> : <Tag>{t("conduct.checks.scheduled")}</Tag>}
                  {k.checkDate ? <span>{t("conduct.checks.on", { date: formatDate(k.checkDate) })}</span> : null}
                </Space>
                {k.evidence.map((e, i) => (
                  <Typography.Text key={i} type="secondary">
                    {t(`conduct.evidence.${e.kind}`)}：{t(`conduct.finding.${e.finding}`)}
                    {e.url ? ` · ${e.url}` : ""}
                    {e.note ? ` · ${e.note}` : ""}
                    {e.attachments?.length ? ` · ${t("conduct.attachments")}: ${e.attachments.map((a) => a.name).join("、")}` : ""}
                  </Typography.Text>
                ))}
                {k.escalation ? (
                  <Typography.Text data-testid="conduct-next-step">
                    {t("conduct.escalation.next")}：{k.escalation.steps.map((s) => t(`conduct.escalation.${s.kind}`) + (s.suggestedOnly ? t("conduct.escalation.suggested") : "")).join(" → ")}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}> （{k.escalation.steps.flatMap((s) => s.basis).slice(0, 3).map((b) => formatCitation(b, i18n.language)).join("；")}）</Typography.Text>
                  </Typography.Text>
                ) : null}
                {k.sanctionId ? <Tag color="red" data-testid="conduct-escalated">{t("conduct.escalation.proposed")}</Tag> : null}
                {k.newPeriodDue ? <span>{t("conduct.escalation.newPeriod", { date: formatDate(k.newPeriodDue) })}</span> : null}
              </Space>
            </List.Item>
          )}
        />
      )}
      {d.substitute ? <SubstituteBlock s={d.substitute} act={act} /> : null}
      {d.penalties.length ? (
        <div style={{ marginTop: 8 }} data-testid="conduct-penalties">
          <Typography.Title level={5}>{t("conduct.penalty.title")}</Typography.Title>
          {d.penalties.map((p) => (
            <div key={p.id}>
              <Money fen={p.amountFen} unit={t("common.yuan")} /> · {t(`conduct.penalty.${p.method}`)} · {t("conduct.penalty.days", { n: p.days, from: formatDate(p.performanceDue), to: formatDate(p.until) })}
            </div>
          ))}
        </div>
      ) : null}
    </Card>
  );
}
