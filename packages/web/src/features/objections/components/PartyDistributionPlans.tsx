// The party's distribution plans (分配方案): the served plans with their lines and clocks; a creditor or
// the respondent served with a plan objects online within 15 days of receipt, stating the amounts it
// asks for (民诉法解释 art 509); the others counter-object within 15 days of the notice (art 510).
import { useState } from "react";
import { Button, Card, List, Space } from "antd";
import { useTranslation } from "react-i18next";
import { formatFen } from "../../../lib/format";
import { FieldsModal, type ActionSpec } from "../../coercion/components/FieldsModal";
import { useObjectionWrite } from "../api";
import type { DistributionPlan } from "../types";
import { PlanLines, PlanSummary } from "./DistributionPlansCard";

export function PartyDistributionPlans({ caseId, plans }: { caseId: string; plans: DistributionPlan[] }) {
  const { t } = useTranslation();
  const write = useObjectionWrite(caseId);
  const [spec, setSpec] = useState<ActionSpec | null>(null);
  if (plans.length === 0) return null;
  const object = (p: DistributionPlan): ActionSpec => ({
    key: "party-plan-object",
    title: t("distributionPlans.party.object"),
    help: t("distributionPlans.party.objectHelp"),
    citation: t("distributionPlans.new.citation"),
    fields: [
      ...p.lines.map((l) => ({ name: `rev_${l.id}`, label: t("distributionPlans.fields.revised", { name: l.creditorName }), kind: "yuan" as const, required: true })),
      { name: "grounds", label: t("distributionPlans.fields.grounds"), kind: "textarea", required: true },
    ],
    initialValues: Object.fromEntries(p.lines.map((l) => [`rev_${l.id}`, l.amountFen])),
    request: (v) => ({ path: `/api/v1/distribution-plans/${p.id}/objection`, body: { grounds: v.grounds, revised: p.lines.map((l) => ({ lineId: l.id, amountFen: v[`rev_${l.id}`] })) } }),
  });
  const counter = (p: DistributionPlan): ActionSpec => ({
    key: "party-plan-counter",
    title: t("distributionPlans.party.counter"),
    help: t("distributionPlans.party.counterHelp"),
    citation: t("distributionPlans.new.citation"),
    fields: [{ name: "grounds", label: t("distributionPlans.fields.grounds"), kind: "textarea", required: true }],
    request: (v) => ({ path: `/api/v1/distribution-plans/${p.id}/counter-objection`, body: v }),
  });
  return (
    <Card size="small" type="inner" title={t("distributionPlans.party.title")} style={{ marginTop: 12 }} data-testid="party-plans">
      <List<DistributionPlan>
        dataSource={plans}
        renderItem={(p) => (
          <List.Item data-testid="party-plan" data-status={p.status}>
            <Space direction="vertical" size={4} style={{ width: "100%" }}>
              <strong>{formatFen(p.amountFen)}</strong>
              <PlanLines p={p} />
              <PlanSummary p={p} />
              <Space wrap>
                {p.mayObject ? (
                  <Button size="small" type="primary" onClick={() => setSpec(object(p))} data-testid="party-plan-object">
                    {t("distributionPlans.party.object")}
                  </Button>
                ) : null}
                {p.mayCounter ? (
                  <Button size="small" onClick={() => setSpec(counter(p))} data-testid="party-plan-counter">
                    {t("distributionPlans.party.counter")}
                  </Button>
                ) : null}
              </Space>
            </Space>
          </List.Item>
        )}
      />
      <FieldsModal spec={spec} mutation={write} onClose={() => setSpec(null)} />
    </Card>
  );
}
