import { useState } from "react";
import { Alert, Button, Result, Typography } from "antd";
import { Link, useOutletContext, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import type { FiledReport, User } from "../../api/types";
import { QueryState } from "../../components/QueryState";
import { CaseNumber } from "../../features/case/components/CaseNumber";
import { useCase } from "../../features/case/hooks/useCases";
import { PropertyReportForm } from "../../features/property/components/PropertyReportForm";
import { usePropertyReports } from "../../features/property/hooks/useProperty";
import { formatDate } from "../../lib/format";

/** /my/cases/:id/report — the respondent's guided property report (phone first). */
export default function ReportPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const user = useOutletContext<User>();
  const detail = useCase(id);
  const reports = usePropertyReports(id, user.role === "respondent");
  const [filed, setFiled] = useState<FiledReport | null>(null);
  const back = (
    <Link to={`/my/cases/${id}`} style={{ display: "inline-block", padding: "8px 0" }}>
      ← {t("report.backToCase")}
    </Link>
  );

  if (user.role !== "respondent") {
    return (
      <>
        {back}
        <Result status="403" title={t("report.onlyRespondents")} />
      </>
    );
  }
  if (filed) {
    return (
      <>
        {back}
        <Result
          status={filed.late ? "warning" : "success"}
          title={t("report.filed")}
          subTitle={filed.late ? t("report.filedLate", { date: formatDate(filed.due) }) : t("report.filedText")}
          extra={
            <Link to={`/my/cases/${id}`}>
              <Button type="primary" size="large" data-testid="report-done">
                {t("report.backToCase")}
              </Button>
            </Link>
          }
          data-testid="report-filed"
          data-late={filed.late}
        />
      </>
    );
  }
  return (
    <>
      {back}
      <Typography.Title level={3} className="page-title">
        {t("report.title")}
      </Typography.Title>
      <QueryState query={detail} rows={2}>
        {(c) => (
          <Typography.Paragraph type="secondary">
            <CaseNumber caseNumber={c.caseNumber} /> · {c.courtName}
          </Typography.Paragraph>
        )}
      </QueryState>
      <QueryState query={reports} rows={8}>
        {(list) =>
          list.obligations.length === 0 ? (
            <Alert type="info" showIcon title={t("report.noOrder")} data-testid="empty-state" />
          ) : (
            <PropertyReportForm caseId={id} list={list} onFiled={setFiled} />
          )
        }
      </QueryState>
    </>
  );
}
