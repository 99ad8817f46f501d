import { Card, Descriptions, Progress, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../api/types";
import { citationLang, formatCitation, formatDate } from "../../../lib/format";
import { closureGroundLabel, findClosureGround } from "../closureGrounds";
import { StatusTag } from "./StatusTag";

export function CaseHeader({ detail, actions }: { detail: CaseDetail; actions?: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = citationLang(i18n.language);
  const term = detail.term;
  const closureGround = detail.closure ? findClosureGround(detail.closure.mode, detail.closure.ground) : undefined;
  const pct = term && term.daysTotal > 0 ? Math.min(100, Math.round((term.daysUsed * 100) / term.daysTotal)) : 0;
  const termOver = term ? term.daysUsed > term.daysTotal : false;

  return (
    <Card style={{ marginBottom: 16 }}>
      <Space wrap align="center" style={{ justifyContent: "space-between", width: "100%" }}>
        <Space wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="case-number">
            {detail.caseNumber ?? t("case.applicationId", { id: detail.id })}
          </Typography.Title>
          <StatusTag status={detail.status} />
          {detail.lateApplication ? (
            <Tag color="warning" title={t("case.lateApplicationHint")}>
              {t("case.lateApplication")}
            </Tag>
          ) : null}
        </Space>
        {actions}
      </Space>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t("case.court")}>{detail.courtName}</Descriptions.Item>
        <Descriptions.Item label={t("case.handler")}>
          <span data-testid="case-handler">{detail.handlerName ?? t("case.noHandler")}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("case.applicationDate")}>{formatDate(detail.applicationDate)}</Descriptions.Item>
        <Descriptions.Item label={t("case.registeredDate")}>{formatDate(detail.registeredDate)}</Descriptions.Item>
      </Descriptions>
      {term ? (
        <div style={{ marginTop: 8, maxWidth: 640 }} data-testid="term-progress">
          <Typography.Text>
            {t("common.labelValue", { label: t("case.term"), value: `${formatDate(term.start)} — ${formatDate(term.due)}` })}
            {term.extensions > 0 ? t("common.paren", { text: t("case.extensions", { count: term.extensions }) }) : null}
          </Typography.Text>
          <Progress
            percent={pct}
            status={termOver ? "exception" : "active"}
            format={() => t("case.termUsed", { used: term.daysUsed, total: term.daysTotal })}
            aria-label={t("case.termUsed", { used: term.daysUsed, total: term.daysTotal })}
          />
        </div>
      ) : null}
      {detail.closure ? (
        <Descriptions size="small" column={{ xs: 1, sm: 3 }} style={{ marginTop: 8 }} data-testid="case-closure">
          <Descriptions.Item label={t("case.closureMode")}>{t(`closureMode.${detail.closure.mode}`)}</Descriptions.Item>
          <Descriptions.Item label={t("case.closureDate")}>{formatDate(detail.closure.date)}</Descriptions.Item>
          <Descriptions.Item label={t("common.reason")}>{detail.closure.reason}</Descriptions.Item>
          {detail.closure.ground ? (
            <Descriptions.Item label={t("case.closureGround")} span="filled">
              <span data-testid="case-closure-ground" data-ground={detail.closure.ground}>
                {closureGround
                  ? `${closureGroundLabel(closureGround, lang)}${t("common.paren", { text: formatCitation(closureGround.basis, lang) })}`
                  : detail.closure.ground}
              </span>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      ) : null}
    </Card>
  );
}
