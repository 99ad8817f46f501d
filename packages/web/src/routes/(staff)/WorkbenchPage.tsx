import { Col, Row, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/QueryState";
import { useWorkbench } from "../../features/workbench/hooks/useWorkbench";
import { ClockCard } from "../../features/workbench/components/ClockCard";
import { StatusCounts } from "../../features/workbench/components/StatusCounts";
import { RegistrationQueue } from "../../features/workbench/components/RegistrationQueue";

export default function WorkbenchPage() {
  const { t } = useTranslation();
  const query = useWorkbench();
  return (
    <>
      <Typography.Title level={3} className="page-title">
        {t("workbench.title")}
      </Typography.Title>
      <QueryState query={query} rows={10}>
        {(w) => (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={8}>
              <ClockCard title={t("workbench.overdue")} items={w.overdue} tone="danger" testId="workbench-overdue" />
            </Col>
            <Col xs={24} xl={8}>
              <ClockCard title={t("workbench.dueToday")} items={w.dueToday} tone="warning" testId="workbench-due-today" />
            </Col>
            <Col xs={24} xl={8}>
              <ClockCard title={t("workbench.dueThisWeek")} items={w.dueThisWeek} tone="normal" testId="workbench-due-week" />
            </Col>
            <Col xs={24}>
              <StatusCounts counts={w.myCasesByStatus} />
            </Col>
            <Col xs={24}>
              <RegistrationQueue items={w.registrationQueue} />
            </Col>
          </Row>
        )}
      </QueryState>
    </>
  );
}
