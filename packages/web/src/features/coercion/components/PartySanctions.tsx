// The party's view: the fines and detentions decided against it, the decision document, and its one
// application for reconsideration to the higher court within 3 days of receipt (not staying enforcement).
import { useState } from "react";
import { Button, Card, List, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { sanctionDocumentUrl, useCoercion, useCoercionWrite } from "../api";
import type { Sanction } from "../types";
import { SanctionProgress, SanctionStatusTag } from "./CoercionTab";
import { FieldsModal, type ActionSpec } from "./FieldsModal";

export function PartySanctions({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith("zh") ? "zh" : "en";
  const query = useCoercion(caseId);
  const write = useCoercionWrite(caseId);
  const [spec, setSpec] = useState<ActionSpec | null>(null);
  const apply = (s: Sanction): ActionSpec => ({
    key: "party-reconsideration",
    title: t("coercion.actions.reconsideration.title"),
    help: t("coercion.party.applyHelp", { date: s.reconsiderationDue ?? "" }),
    fields: [{ name: "grounds", label: t("coercion.applicationGrounds"), kind: "textarea", required: true }],
    request: (v) => ({ path: `/api/v1/sanctions/${s.id}/reconsideration`, body: v }),
  });
  return (
    <QueryState query={query}>
      {(data) =>
        data.sanctions.length === 0 ? null : (
          <Card size="small" title={t("coercion.party.title")} style={{ marginBottom: 12 }} data-testid="party-sanctions">
            <List<Sanction>
              dataSource={data.sanctions}
              renderItem={(s) => (
                <List.Item data-testid="party-sanction" data-status={s.status}>
                  <Space direction="vertical" size={2} style={{ width: "100%" }}>
                    <Space wrap>
                      <strong>{t(`coercion.measure.${s.measure}`)}</strong>
                      {s.measure === "fine" ? <Money fen={s.effectiveAmountFen ?? s.amountFen} unit={t("common.yuan")} /> : t("coercion.daysValue", { n: s.effectiveDays ?? s.days })}
                      <SanctionStatusTag s={s} />
                    </Space>
                    <Typography.Text type="secondary">{t(`coercion.grounds.${s.ground}`)}</Typography.Text>
                    <SanctionProgress s={s} />
                    <Space>
                      <Button size="small" href={sanctionDocumentUrl(s.id, lang)} target="_blank">{t("coercion.document")}</Button>
                      {s.mayApply ? (
                        <Button size="small" type="primary" onClick={() => setSpec(apply(s))} data-testid="party-sanction-apply">
                          {t("coercion.actions.reconsideration.title")}
                        </Button>
                      ) : null}
                    </Space>
                  </Space>
                </List.Item>
              )}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t("coercion.noStay")}</Typography.Paragraph>
            <FieldsModal spec={spec} mutation={write} onClose={() => setSpec(null)} />
          </Card>
        )
      }
    </QueryState>
  );
}
