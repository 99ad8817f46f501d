import { Card, Progress, Table } from "antd";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { Workbench } from "../../../api/types";
import { EmptyState } from "../../../components/QueryState";
import { formatDate } from "../../../lib/format";
import { DaysLeft } from "../../case/components/DaysLeft";
import { STATUTORY_PERIODS } from "@zhixing/domain";

type Row = Workbench["registrationQueue"][number];
// 执行工作规定（试行） item 16: the decision period, from the one table of statutory periods.
const DECISION_DAYS = STATUTORY_PERIODS.registrationDecision.period.n;

export function RegistrationQueue({ items }: { items: Row[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={`${t("workbench.registrationQueue")}${t("common.paren", { text: items.length })}`} data-testid="workbench-registration-queue">
      <Table<Row>
        rowKey="caseId"
        size="small"
        dataSource={items}
        pagination={items.length > 10 ? { pageSize: 10, size: "small" } : false}
        locale={{ emptyText: <EmptyState text={t("workbench.queueEmpty")} /> }}
        scroll={{ x: 640 }}
        onRow={() => ({ "data-testid": "queue-row" }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t("case.applicant"), dataIndex: "applicantNames", render: (v: string[]) => v.join(t("common.listSep")) },
          { title: t("case.applicationDate"), dataIndex: "applicationDate", render: (v: string) => <span className="num">{formatDate(v)}</span> },
          { title: t("workbench.decisionDue"), dataIndex: "decisionDue", render: (v: string, r) => <span className={r.daysLeft < 0 ? "overdue num" : "num"}>{formatDate(v)}</span> },
          {
            title: t("workbench.daysLeftOfDecision", { days: DECISION_DAYS }),
            dataIndex: "daysLeft",
            width: 200,
            render: (v: number) => (
              <div>
                <DaysLeft days={v} />
                <Progress
                  size="small"
                  showInfo={false}
                  percent={Math.max(0, Math.min(100, Math.round(((DECISION_DAYS - Math.max(v, 0)) * 100) / DECISION_DAYS)))}
                  status={v < 0 ? "exception" : v <= 1 ? "active" : "normal"}
                  strokeColor={v <= 1 ? "#cf1322" : undefined}
                  aria-label={t("workbench.daysLeftOutOf", { n: v, total: DECISION_DAYS })}
                />
              </div>
            ),
          },
          {
            title: t("common.actions"),
            key: "go",
            render: (_, r) => (
              <Link to={`/staff/cases/${r.caseId}`} data-testid="queue-open">
                {t("workbench.openCase")}
              </Link>
            ),
          },
        ]}
      />
    </Card>
  );
}
