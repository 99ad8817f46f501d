import { useState } from "react";
import { Alert, Button, Card, Collapse, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../../components/QueryState";
import { formatCitation, formatDate } from "../../../lib/format";
import { useLocalized } from "../../../lib/useLocalized";
import { usePropertyReports } from "../hooks/useProperty";
import { ReportItemsTable } from "./ReportItemsTable";

/**
 * The applicant consults the respondents' property reports (财产调查规定 art 8 para 2). Every reading
 * is audited, so the reports load only when the applicant asks, and the confidentiality notice the
 * server sends is shown above them.
 */
export function ReportsView({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const label = useLocalized();
  const [open, setOpen] = useState(false);
  const query = usePropertyReports(caseId, open);
  return (
    <Card size="small" title={t("reportsView.title")} style={{ marginBottom: 12 }} data-testid="reports-view">
      {!open ? (
        <>
          <Typography.Paragraph type="secondary">{t("reportsView.intro")}</Typography.Paragraph>
          <Button size="large" block onClick={() => setOpen(true)} data-testid="reports-open">
            {t("reportsView.open")}
          </Button>
        </>
      ) : (
        <QueryState query={query} rows={4}>
          {(d) => (
            <>
              {d.confidentiality ? (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title={t("reportsView.confidential")}
                  description={
                    <>
                      <div>{label(d.confidentiality)}</div>
                      <div style={{ fontSize: 12 }}>{formatCitation(d.confidentiality.basis, i18n.language)}</div>
                    </>
                  }
                  data-testid="reports-confidentiality"
                />
              ) : null}
              {d.obligations.map((o) => (
                <div key={o.partyId} style={{ marginBottom: 8 }} data-testid="reports-obligation">
                  <Typography.Text strong>{o.partyName}</Typography.Text>{" "}
                  {o.reportedDate ? (
                    <Tag color={o.late ? "error" : "success"}>{t(o.late ? "report.reportedLate" : "report.reportedOn", { date: formatDate(o.reportedDate) })}</Tag>
                  ) : o.due ? (
                    <Tag color={o.overdue ? "error" : "processing"}>{t(o.overdue ? "report.notReportedOverdue" : "report.dueBy", { date: formatDate(o.due) })}</Tag>
                  ) : null}
                </div>
              ))}
              {d.items.length === 0 ? (
                <Typography.Paragraph type="secondary" data-testid="empty-state">
                  {t("reportsView.none")}
                </Typography.Paragraph>
              ) : (
                <Collapse
                  items={d.items.map((r) => ({
                    key: r.id,
                    label: (
                      <span data-testid="reports-report" data-kind={r.kind}>
                        {r.partyName} · {t(`report.kind.${r.kind}`)} · <span className="num">{formatDate(r.submittedDate)}</span>
                        {r.late ? <Tag color="error" style={{ marginLeft: 6 }}>{t("report.late")}</Tag> : null}
                      </span>
                    ),
                    children: <ReportItemsTable report={r} />,
                  }))}
                />
              )}
            </>
          )}
        </QueryState>
      )}
    </Card>
  );
}
