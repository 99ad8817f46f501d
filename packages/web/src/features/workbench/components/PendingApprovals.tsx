import type { HTMLAttributes } from "react";
import { Card, Table, Tag } from "antd";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { PendingApproval } from "../../../api/types";
import { EmptyState } from "../../../components/QueryState";
import { formatDate } from "../../../lib/format";
import { CaseNumber } from "../../case/components/CaseNumber";

/** Requests to extend the enforcement term that wait for the president's approval. */
export function PendingApprovals({ items }: { items: PendingApproval[] }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={`${t("workbench.pendingApprovals")}${t("common.paren", { text: items.length })}`}
      data-testid="workbench-pending-approvals"
      styles={{ header: { borderTop: "3px solid #1f4e9c" }, title: { whiteSpace: "normal" } }}
    >
      <Table<PendingApproval>
        rowKey="caseId"
        size="small"
        dataSource={items}
        pagination={items.length > 10 ? { pageSize: 10, size: "small" } : false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: <EmptyState text={t("workbench.noPendingApprovals")} /> }}
        onRow={(r) => ({ "data-testid": "approval-row", "data-case-id": r.caseId }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t("case.caseNumber"),
            key: "case",
            render: (_, r) => (
              <Link to={`/staff/cases/${encodeURIComponent(r.caseId)}`} data-testid="approval-case-link">
                <CaseNumber caseNumber={r.caseNumber} />
              </Link>
            ),
          },
          {
            title: t("workbench.termDue"),
            dataIndex: "termDue",
            render: (v: string) => <span className="num">{formatDate(v)}</span>,
          },
          {
            title: t("workbench.extensionType"),
            key: "type",
            render: (_, r) =>
              r.furtherExtension ? (
                <Tag color="volcano" data-testid="approval-further">
                  {t("workbench.furtherExtension")}
                </Tag>
              ) : (
                <Tag>{t("workbench.firstExtension")}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
