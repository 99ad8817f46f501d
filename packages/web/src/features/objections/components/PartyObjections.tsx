// The party's objections: file an objection to an enforcement act (执行行为异议), follow it through its
// 执异 case, ruling and service, and apply for 复议 to the higher court within 10 days of service. The
// respondent may object to jurisdiction within 10 days of the enforcement notice (执行程序解释 art 3, the
// deadline shown); the served distribution plans follow (PartyDistributionPlans).
import { useState } from "react";
import { Button, Card, List, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../../components/QueryState";
import { formatDate } from "../../../lib/format";
import { FieldsModal, type ActionSpec } from "../../coercion/components/FieldsModal";
import { useSession } from "../../auth/hooks/useSession";
import { useDistributionPlans, useObjections, useObjectionWrite } from "../api";
import type { Objection } from "../types";
import { ObjectionClocks, ObjectionSummary } from "./ObjectionsCard";
import { PartyDistributionPlans } from "./PartyDistributionPlans";

export function PartyObjections({ caseId, canFile }: { caseId: string; canFile: boolean }) {
  const { t } = useTranslation();
  const query = useObjections(caseId);
  const write = useObjectionWrite(caseId);
  const plans = useDistributionPlans(caseId);
  const jurisdictionDue = plans.data?.jurisdictionObjectionDue ?? null;
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const session = useSession();
  // The respondent objects to jurisdiction (执行程序解释 art 3); the server refuses anyone else and a late filing.
  const jurisdictionOpen = canFile && session.data?.role === "respondent" && jurisdictionDue !== null && today <= jurisdictionDue && !(query.data?.items ?? []).some((o) => o.kind === "jurisdiction");
  const fileJurisdiction: ActionSpec = {
    key: "party-jurisdiction",
    title: t("objections.jurisdiction.file"),
    help: t("objections.jurisdiction.fileHelp"),
    citation: t("objections.jurisdiction.citation"),
    fields: [
      { name: "request", label: t("objections.request"), kind: "textarea", required: true },
      { name: "grounds", label: t("objections.grounds"), kind: "textarea", required: true },
    ],
    request: (v) => ({ path: `/api/v1/cases/${caseId}/objections`, body: { kind: "jurisdiction", ...v } }),
  };
  const [spec, setSpec] = useState<ActionSpec | null>(null);
  const file: ActionSpec = {
    key: "party-objection",
    title: t("objections.party.file"),
    help: t("objections.party.fileHelp"),
    citation: t("objections.new.citation"),
    fields: [
      { name: "request", label: t("objections.request"), kind: "textarea", required: true },
      { name: "grounds", label: t("objections.grounds"), kind: "textarea", required: true },
    ],
    request: (v) => ({ path: `/api/v1/cases/${caseId}/objections`, body: { kind: "executionAct", ...v } }),
  };
  const apply = (o: Objection): ActionSpec => ({
    key: "party-objection-reconsideration",
    title: t("objections.actions.reconsideration.title"),
    help: t("objections.party.applyHelp"),
    fields: [{ name: "grounds", label: t("objections.grounds"), kind: "textarea", required: true }],
    request: (v) => ({ path: `/api/v1/objections/${o.id}/reconsideration`, body: v }),
  });
  return (
    <Card
      size="small"
      title={t("objections.party.title")}
      style={{ marginBottom: 12 }}
      data-testid="party-objections"
      extra={
        <Space size={4}>
          {jurisdictionOpen ? <Button size="small" onClick={() => setSpec(fileJurisdiction)} data-testid="party-jurisdiction-file">{t("objections.jurisdiction.file")}</Button> : null}
          {canFile ? <Button size="small" onClick={() => setSpec(file)} data-testid="party-objection-file">{t("objections.party.file")}</Button> : null}
        </Space>
      }
    >
      {jurisdictionDue ? <Typography.Paragraph type="secondary" data-testid="party-jurisdiction-due">{t("objections.jurisdiction.due", { date: formatDate(jurisdictionDue) })}</Typography.Paragraph> : null}
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Typography.Text type="secondary">{t("objections.none")}</Typography.Text>
          ) : (
            <List<Objection>
              dataSource={data.items}
              renderItem={(o) => (
                <List.Item data-testid="party-objection" data-status={o.status}>
                  <Space direction="vertical" size={2} style={{ width: "100%" }}>
                    <Space wrap>
                      <strong>{t(`objections.kind.${o.kind}`)}</strong>
                      <span>{o.linkedCaseNumber ?? t("objections.notDocketed")}</span>
                      <span>{t("objections.receivedOnValue", { date: formatDate(o.receivedOn) })}</span>
                    </Space>
                    <Typography.Text type="secondary">{o.request}</Typography.Text>
                    <ObjectionSummary o={o} />
                    <ObjectionClocks clocks={o.clocks.filter((k) => k.status === "open")} />
                    {o.mayApplyReconsideration ? (
                      <Button size="small" type="primary" onClick={() => setSpec(apply(o))} data-testid="party-objection-apply">
                        {t("objections.actions.reconsideration.title")}
                      </Button>
                    ) : null}
                  </Space>
                </List.Item>
              )}
            />
          )
        }
      </QueryState>
      <PartyDistributionPlans caseId={caseId} plans={plans.data?.items ?? []} />
      <FieldsModal spec={spec} mutation={write} onClose={() => setSpec(null)} />
    </Card>
  );
}
