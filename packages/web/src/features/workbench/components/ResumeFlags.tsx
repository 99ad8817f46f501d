import type { HTMLAttributes } from "react";
import { Card, Table, Tag } from "antd";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/QueryState";
import { formatDate } from "../../../lib/format";
import { CaseNumber } from "../../case/components/CaseNumber";

/** A 终本 case whose 6-monthly re-inquiry found property, waiting for the court (终本规定 art 9). */
export type ResumeFlag = { caseId: string; caseNumber: string | null; seq: number; runDate: string; itemsFound: number };

/**
 * The 终本 cases whose re-inquiry found property: on the handler's workbench (the court's for the
 * division head and the president) until the flag is acknowledged in the case's 终本 tab.
 */
export function ResumeFlags({ items }: { items: ResumeFlag[] }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={`${t("workbench.resumeFlags.title")}${t("common.paren", { text: items.length })}`}
      data-testid="workbench-resume-flags"
      styles={{ header: { borderTop: "3px solid #d46b08" }, title: { whiteSpace: "normal" } }}
    >
      <Table<ResumeFlag>
        rowKey={(r) => `${r.caseId}-${r.seq}`}
        size="small"
        dataSource={items}
        pagination={items.length > 10 ? { pageSize: 10, size: "small" } : false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: <EmptyState text={t("workbench.resumeFlags.none")} /> }}
        onRow={(r) => ({ "data-testid": "resume-flag-row", "data-case-id": r.caseId }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t("case.caseNumber"),
            key: "case",
            render: (_, r) => (
              <Link to={`/staff/cases/${encodeURIComponent(r.caseId)}`} data-testid="resume-flag-case-link">
                <CaseNumber caseNumber={r.caseNumber} />
              </Link>
            ),
          },
          { title: t("workbench.resumeFlags.run"), dataIndex: "seq", render: (n: number) => t("workbench.resumeFlags.runN", { n }) },
          { title: t("workbench.resumeFlags.runDate"), dataIndex: "runDate", render: (v: string) => <span className="num">{formatDate(v)}</span> },
          { title: t("workbench.resumeFlags.found"), dataIndex: "itemsFound", render: (n: number) => <Tag color="orange">{t("workbench.resumeFlags.items", { n })}</Tag> },
        ]}
      />
    </Card>
  );
}
