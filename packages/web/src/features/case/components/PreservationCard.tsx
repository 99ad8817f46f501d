import { Card, Descriptions } from "antd";
import { useTranslation } from "react-i18next";
import type { PreservationInfo, RightType } from "../../../api/types";
import { Money } from "../../../components/Money";
import { formatDate } from "../../../lib/format";

/** 执保: the preservation ruling, shown in place of the enforcement basis. */
export function PreservationCard({ preservation: p, rightType }: { preservation: PreservationInfo; rightType: RightType }) {
  const { t } = useTranslation();
  return (
    <Card title={t("preservation.ruling")} size="small" style={{ marginBottom: 16 }} data-testid="preservation-card">
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t("preservation.kind")}>
          <span data-testid="preservation-card-kind" data-kind={p.kind}>
            {t(`preservation.kinds.${p.kind}`)}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t("preservation.stage")}>{t(`preservation.stages.${p.stage}`)}</Descriptions.Item>
        <Descriptions.Item label={t("preservation.rulingCourt")}>{p.ruling.court}</Descriptions.Item>
        <Descriptions.Item label={t("preservation.rulingNumber")}>{p.ruling.documentNumber}</Descriptions.Item>
        <Descriptions.Item label={t("preservation.rulingDate")}>{formatDate(p.ruling.date)}</Descriptions.Item>
        <Descriptions.Item label={t("preservation.security")}>
          {p.securityFen !== undefined ? <Money fen={p.securityFen} unit={t("common.yuan")} /> : t("preservation.noSecurity")}
        </Descriptions.Item>
        <Descriptions.Item label={t("basis.rightType")}>{t(`rightType.${rightType}`)}</Descriptions.Item>
        {p.ceaseOrder ? (
          <Descriptions.Item label={t("preservation.ceaseOrder")} span="filled">
            <span style={{ whiteSpace: "pre-wrap" }} data-testid="preservation-ceaseOrder-text">
              {p.ceaseOrder}
            </span>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
