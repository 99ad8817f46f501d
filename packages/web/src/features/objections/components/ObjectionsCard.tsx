// 执行异议 on the staff case page: record a written objection (a party's or a third party's on an asset),
// docket it as a linked 执异 case or refuse it, notices, ruling, service; the 复议 at the higher court
// as a 执复 case (file up, extension by the higher court's president, decision); a third-party
// objection's suit and the release after no suit. Each row shows its clocks and the asset's hold.
// 执行管辖异议 (执行程序解释 art 3) is recorded here too and ruled directly; below, the distribution plans
// (分配方案) and their objections (DistributionPlansCard).
import { useState } from "react";
import { Button, Card, Descriptions, Space, Table, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { CaseDetail, User } from "../../../api/types";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { formatDate } from "../../../lib/format";
import { mayHandle } from "../../case/mayAct";
import { useAssets } from "../../measures/hooks/useMeasures";
import { FieldsModal, type ActionSpec } from "../../coercion/components/FieldsModal";
import { useObjections, useObjectionWrite } from "../api";
import type { Objection, ObjectionClock } from "../types";
import { DistributionPlansCard } from "./DistributionPlansCard";

const EXAMINERS = ["filingClerk", "divisionHead", "president"];
const HIGHER = ["supervisor", "president", "divisionHead", "officer"];

export function ObjectionClocks({ clocks }: { clocks: ObjectionClock[] }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={4}>
      {clocks.map((k) => (
        <Tag key={`${k.kind}-${k.due}`} color={k.status === "open" ? "processing" : k.status === "met" ? "success" : "default"} data-testid="objection-clock" data-kind={k.kind}>
          {t(`clockKind.${k.kind}`)} {formatDate(k.due)}
        </Tag>
      ))}
    </Space>
  );
}

export function ObjectionSummary({ o }: { o: Objection }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={2}>
      <span>
        <Tag color={o.status === "ruled" ? "default" : o.status === "notAccepted" ? "error" : "processing"}>{t(`objections.status.${o.status}`)}</Tag>
        {o.ruling ? <Tag>{t(`objections.ruling.${o.ruling}`)}</Tag> : null}
        {o.rulingServedOn ? t("objections.servedOn", { date: formatDate(o.rulingServedOn) }) : null}
      </span>
      {o.hold ? (
        <Typography.Text type="warning" data-testid="objection-hold">
          {t(`objections.hold.${o.hold.reason}`, { date: o.hold.until ? formatDate(o.hold.until) : "" })}
        </Typography.Text>
      ) : null}
      {o.kind === "jurisdiction" && o.ruling === "upheld" ? <Typography.Text type="warning" data-testid="jurisdiction-transfer">{t("objections.jurisdiction.transfer")}</Typography.Text> : null}
      {o.suitFiledOn ? <span>{t("objections.suitOn", { date: formatDate(o.suitFiledOn) })}</span> : null}
      {o.measuresReleasedOn ? <span>{t("objections.releasedOn", { date: formatDate(o.measuresReleasedOn) })}</span> : null}
      {o.reconsideration ? (
        <span data-testid="objection-reconsideration">
          {t("objections.reconsideration.line", {
            status: t(`objections.reconsideration.status.${o.reconsideration.status}`),
            number: o.reconsideration.linkedCaseNumber ?? t("objections.reconsideration.notSent"),
          })}
          {o.reconsideration.decisionDue && o.reconsideration.status === "pending" ? t("common.paren", { text: t("objections.decideBy", { date: formatDate(o.reconsideration.decisionDue) }) }) : ""}
        </span>
      ) : null}
    </Space>
  );
}

export function ObjectionsCard({ detail, user }: { detail: CaseDetail; user: User }) {
  const { t } = useTranslation();
  const query = useObjections(detail.id);
  const write = useObjectionWrite(detail.id);
  const [spec, setSpec] = useState<ActionSpec | null>(null);
  const own = user.courtId === detail.courtId;
  const examiner = own && (mayHandle(user, detail) || EXAMINERS.includes(user.role));
  const higher = user.courtId !== null && !own && HIGHER.includes(user.role);
  const assets = useAssets(detail.id);
  const p = (path: string) => `/api/v1/objections/${path}`;
  const r = (path: string) => `/api/v1/objection-reconsiderations/${path}`;

  const record: ActionSpec = {
    key: "objection-new",
    title: t("objections.new.title"),
    help: t("objections.new.help"),
    citation: t("objections.new.citation"),
    initialValues: { kind: "executionAct" },
    fields: [
      { name: "kind", label: t("objections.kind.label"), kind: "select", required: true, options: (["executionAct", "thirdParty", "jurisdiction"] as const).map((k) => ({ value: k, label: t(`objections.kind.${k}`) })) },
      { name: "objectorName", label: t("objections.objector"), kind: "text", required: true },
      { name: "receivedOn", label: t("objections.receivedOn"), kind: "date", required: true },
      { name: "assetId", label: t("objections.asset"), kind: "select", options: (assets.data?.items ?? []).map((a) => ({ value: a.id, label: a.description })) },
      { name: "request", label: t("objections.request"), kind: "textarea", required: true },
      { name: "grounds", label: t("objections.grounds"), kind: "textarea", required: true },
    ],
    request: (v) => ({ path: `/api/v1/cases/${detail.id}/objections`, body: v }),
  };
  const simple = (key: string, path: string, fields: ActionSpec["fields"] = [], extra: Partial<ActionSpec> = {}): ActionSpec => ({
    key,
    title: t(`objections.actions.${key}.title`),
    help: t(`objections.actions.${key}.help`),
    fields,
    request: (v) => ({ path, body: v }),
    ...extra,
  });

  const buttons = (o: Objection): ActionSpec[] => {
    const b: ActionSpec[] = [];
    if (examiner) {
      if (o.status === "received" && o.kind === "jurisdiction") {
        b.push(simple("rule", p(`${o.id}/ruling`), [
          { name: "ruling", label: t("objections.rulingLabel"), kind: "select", required: true, options: (["upheld", "rejected"] as const).map((x) => ({ value: x, label: t(`objections.ruling.${x}`) })) },
          { name: "reasons", label: t("objections.reason"), kind: "textarea", required: true },
        ], { title: t("objections.jurisdiction.rule"), citation: t("objections.jurisdiction.citation") }));
      }
      if (o.status === "received" && o.kind !== "jurisdiction") {
        b.push(simple("docket", p(`${o.id}/docket`), [], { request: () => ({ path: p(`${o.id}/docket`), body: { materialsComplete: true } }), citation: t("objections.actions.docket.citation") }));
        b.push(simple("notAccept", p(`${o.id}/not-accept`), [{ name: "reason", label: t("objections.reason"), kind: "textarea", required: true }], { danger: true }));
      }
      if (o.status === "docketed" && o.clocks.some((k) => k.kind === "objectionDocketingNotice" && k.status === "open")) b.push(simple("notices", p(`${o.id}/notices`)));
      if (o.status === "docketed") {
        const rulings = o.kind === "executionAct" ? (["upheld", "rejected"] as const) : (["suspended", "rejected"] as const);
        b.push(simple("rule", p(`${o.id}/ruling`), [
          { name: "ruling", label: t("objections.rulingLabel"), kind: "select", required: true, options: rulings.map((x) => ({ value: x, label: t(`objections.ruling.${x}`) })) },
          { name: "reasons", label: t("objections.reason"), kind: "textarea", required: true },
        ]));
      }
      if (o.status === "ruled" && !o.rulingServedOn) b.push(simple("serve", p(`${o.id}/service`), [{ name: "servedOn", label: t("objections.servedOnLabel"), kind: "date", required: true }]));
      if (o.kind === "thirdParty" && o.rulingServedOn && !o.suitFiledOn && !o.measuresReleasedOn) b.push(simple("suit", p(`${o.id}/suit`), [{ name: "filedOn", label: t("objections.filedOn"), kind: "date", required: true }]));
      if (o.kind === "thirdParty" && o.ruling === "suspended" && o.rulingServedOn && !o.suitFiledOn && !o.measuresReleasedOn) b.push(simple("release", p(`${o.id}/release`), [], { citation: t("objections.actions.release.citation") }));
      if (o.kind !== "thirdParty" && o.rulingServedOn && !o.reconsideration)
        b.push(simple("reconsideration", p(`${o.id}/reconsideration`), [
          { name: "filedOn", label: t("objections.filedOn"), kind: "date", required: true },
          { name: "applicantName", label: t("objections.applicant"), kind: "text" },
          { name: "grounds", label: t("objections.grounds"), kind: "textarea", required: true },
        ]));
      if (o.reconsideration && !o.reconsideration.fileSentOn) b.push(simple("sendFile", r(`${o.reconsideration.id}/send-file`)));
    }
    if (higher && o.reconsideration?.fileSentOn && o.reconsideration.status === "pending") {
      if (user.role === "president" && o.reconsideration.extensionDays === 0)
        b.push(simple("extend", r(`${o.reconsideration.id}/extend`), [{ name: "extensionDays", label: t("objections.extensionDays"), kind: "number", required: true, min: 1, max: 30 }], { citation: t("objections.actions.extend.citation") }));
      b.push(simple("decide", r(`${o.reconsideration.id}/decide`), [
        { name: "outcome", label: t("objections.outcome"), kind: "select", required: true, options: (["affirmed", "revoked", "varied"] as const).map((x) => ({ value: x, label: t(`objections.reconsideration.status.${x}`) })) },
        { name: "reasons", label: t("objections.reason"), kind: "textarea", required: true },
      ]));
    }
    return b;
  };

  return (
    <Card
      size="small"
      title={t("objections.title")}
      style={{ marginTop: 16 }}
      data-testid="objections-card"
      extra={examiner ? <Button onClick={() => setSpec(record)} data-testid="objection-new">{t("objections.new.button")}</Button> : null}
    >
      <Typography.Paragraph type="secondary">{t("objections.noStay")}</Typography.Paragraph>
      <QueryState query={query}>
        {(data) => (
          <Table<Objection>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.items}
            scroll={{ x: 900 }}
            locale={{ emptyText: <EmptyState text={t("objections.none")} /> }}
            onRow={(o) => ({ "data-testid": "objection-row", "data-status": o.status }) as React.HTMLAttributes<HTMLElement>}
            expandable={{
              expandedRowRender: (o) => (
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label={t("objections.request")}>{o.request}</Descriptions.Item>
                  <Descriptions.Item label={t("objections.grounds")}>{o.grounds}</Descriptions.Item>
                  {o.rulingReasons ? <Descriptions.Item label={t("objections.rulingLabel")}>{o.rulingReasons}</Descriptions.Item> : null}
                  {o.notAcceptedReason ? <Descriptions.Item label={t("objections.reason")}>{o.notAcceptedReason}</Descriptions.Item> : null}
                  <Descriptions.Item label={t("objections.clocks")}>
                    <ObjectionClocks clocks={[...o.clocks, ...(o.reconsideration?.clocks ?? [])]} />
                  </Descriptions.Item>
                </Descriptions>
              ),
            }}
            columns={[
              { title: t("objections.kind.label"), key: "k", width: 120, render: (_: unknown, o) => t(`objections.kind.${o.kind}`) },
              { title: t("objections.objector"), dataIndex: "objectorName", width: 140 },
              { title: t("objections.receivedOn"), dataIndex: "receivedOn", width: 110, render: (v: string) => formatDate(v) },
              {
                title: t("objections.linkedCase"),
                key: "l",
                width: 170,
                render: (_: unknown, o) => (o.linkedCaseId ? <Link to={`/staff/cases/${o.linkedCaseId}`} data-testid="objection-linked-case">{o.linkedCaseNumber}</Link> : "—"),
              },
              { title: t("objections.asset"), dataIndex: "assetDescription", render: (v: string | null) => v ?? "—" },
              { title: t("objections.state"), key: "s", render: (_: unknown, o) => <ObjectionSummary o={o} /> },
              {
                title: t("coercion.actionsLabel"),
                key: "x",
                width: 220,
                render: (_: unknown, o) => (
                  <Space wrap size={4}>
                    {buttons(o).map((sp) => (
                      <Button key={sp.key} size="small" danger={sp.danger} onClick={() => setSpec(sp)} data-testid={`objection-${sp.key}`}>
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
      <FieldsModal spec={spec} mutation={write} onClose={() => setSpec(null)} />
      <DistributionPlansCard detail={detail} user={user} />
    </Card>
  );
}
