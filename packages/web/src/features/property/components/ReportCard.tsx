import { Alert, Button, Card, Space, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/QueryState";
import { Skeleton } from "antd";
import { formatDate } from "../../../lib/format";
import { DaysLeft } from "../../case/components/DaysLeft";
import { usePropertyReports } from "../hooks/useProperty";
import { daysUntil } from "../lib";
import { ReportConsequences } from "./ReportConsequences";

/**
 * The respondent's card on its case page: the order to report property, the due date, what a breach
 * brings, and the way to the guided form. Absent when no order to report was issued.
 */
export function ReportCard({ caseId, caseOpen }: { caseId: string; caseOpen: boolean }) {
  const { t } = useTranslation();
  const query = usePropertyReports(caseId);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 3 }} data-testid="loading-state" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { obligations, items } = query.data;
  if (obligations.length === 0 && items.length === 0) return null;

  return (
    <Card size="small" title={t("report.cardTitle")} style={{ marginBottom: 12 }} data-testid="report-card">
      {obligations.map((o) => {
        const pending = o.clockStatus === "open" && !o.reportedDate;
        const days = o.due ? daysUntil(o.due) : null;
        return (
          <div key={o.partyId} style={{ marginBottom: 12 }} data-testid="report-obligation" data-party-id={o.partyId}>
            {obligations.length > 1 ? <Typography.Text strong>{o.partyName}</Typography.Text> : null}
            {pending ? (
              <Alert
                type={o.overdue ? "error" : "warning"}
                showIcon
                title={
                  <span data-testid="report-due">
                    {t("report.dueBy", { date: formatDate(o.due) })}{" "}
                    <DaysLeft days={days} overdue={o.overdue} />
                  </span>
                }
                description={
                  <>
                    <Typography.Paragraph style={{ margin: "4px 0" }}>{t("report.whatToDo")}</Typography.Paragraph>
                    <ReportConsequences />
                  </>
                }
              />
            ) : o.reportedDate ? (
              <Space wrap>
                <Tag color={o.late ? "error" : "success"}>
                  {t(o.late ? "report.reportedLate" : "report.reportedOn", { date: formatDate(o.reportedDate) })}
                </Tag>
              </Space>
            ) : null}
          </div>
        );
      })}
      {items.length > 0 ? (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{t("report.myReports")}</Typography.Text>
          {items.map((r) => (
            <div key={r.id} className="num" style={{ textAlign: "left" }} data-testid="my-report">
              {formatDate(r.submittedDate)} · {t(`report.kind.${r.kind}`)} · {t("report.itemCount", { count: r.items.length })}
              {r.late ? <Tag color="error" style={{ marginLeft: 6 }}>{t("report.late")}</Tag> : null}
            </div>
          ))}
        </div>
      ) : null}
      {caseOpen ? (
        <Link to={`/my/cases/${caseId}/report`}>
          <Button type={obligations.some((o) => o.clockStatus === "open" && !o.reportedDate) ? "primary" : "default"} size="large" block data-testid="report-open-form">
            {items.length > 0 ? t("report.supplement") : t("report.start")}
          </Button>
        </Link>
      ) : null}
    </Card>
  );
}
