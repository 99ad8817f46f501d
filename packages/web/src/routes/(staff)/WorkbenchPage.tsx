import { Col, Row, Typography } from "antd";
import { useOutletContext } from "react-router";
import { useTranslation } from "react-i18next";
import type { User, Workbench } from "../../api/types";
import { QueryState } from "../../components/QueryState";
import { useWorkbench } from "../../features/workbench/hooks/useWorkbench";
import { ClockCard } from "../../features/workbench/components/ClockCard";
import { PendingApprovals } from "../../features/workbench/components/PendingApprovals";
import { StatusCounts } from "../../features/workbench/components/StatusCounts";
import { RegistrationQueue } from "../../features/workbench/components/RegistrationQueue";
import { ResumeFlags, type ResumeFlag } from "../../features/workbench/components/ResumeFlags";
import { PendingSanctionApprovals } from "../../features/coercion/components/PendingSanctionApprovals";

function WorkbenchBody({ w, user }: { w: Workbench; user: User }) {
  const { t } = useTranslation();
  // Approving extensions is the president's job, so they always see the card; others only when it has rows.
  const approvals = w.pendingApprovals ?? [];
  const showApprovals = approvals.length > 0 || user.role === "president";
  // 终本 cases whose re-inquiry found property (终本规定 art 9): shown while any waits for the court.
  const resumeFlags = (w as Workbench & { resumeFlags?: ResumeFlag[] }).resumeFlags ?? [];
  return (
    <Row gutter={[16, 16]}>
      {showApprovals ? (
        <Col xs={24}>
          <PendingApprovals items={approvals} />
        </Col>
      ) : null}
      {resumeFlags.length ? (
        <Col xs={24}>
          <ResumeFlags items={resumeFlags} />
        </Col>
      ) : null}
      {user.role === "president" ? (
        <Col xs={24}>
          <PendingSanctionApprovals enabled />
        </Col>
      ) : null}
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
  );
}

export default function WorkbenchPage() {
  const { t } = useTranslation();
  const user = useOutletContext<User>();
  const query = useWorkbench();
  return (
    <>
      <Typography.Title level={3} className="page-title">
        {t("workbench.title")}
      </Typography.Title>
      <QueryState query={query} rows={10}>
        {(w) => <WorkbenchBody w={w} user={user} />}
      </QueryState>
    </>
  );
}
