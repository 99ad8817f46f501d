// The president's queue of proposed fines and detentions (民诉法 art 119 para 1), for the workbench
// beside the extension approvals; each links to the case's 强制措施与异议 tab.
import { Card, Table } from "antd";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { formatDate } from "../../../lib/format";
import { usePendingSanctionApprovals } from "../api";
import type { PendingApproval } from "../types";

export function PendingSanctionApprovals({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const query = usePendingSanctionApprovals(enabled);
  if (!enabled) return null;
  return (
    <Card size="small" title={t("coercion.approvals.title")} data-testid="sanction-approvals" style={{ marginBottom: 16 }}>
      <QueryState query={query}>
        {(data) => (
          <Table<PendingApproval>
            rowKey="sanctionId"
            size="small"
            pagination={false}
            dataSource={data.items}
            locale={{ emptyText: <EmptyState text={t("coercion.approvals.none")} /> }}
            columns={[
              { title: t("case.caseNumber"), key: "c", render: (_: unknown, r) => <Link to={`/staff/cases/${r.caseId}`}>{r.caseNumber ?? "—"}</Link> },
              { title: t("coercion.measure.label"), key: "m", render: (_: unknown, r) => t(`coercion.measure.${r.measure}`) },
              { title: t("coercion.personName"), dataIndex: "personName" },
              { title: t("coercion.ground"), key: "g", render: (_: unknown, r) => t(`coercion.grounds.${r.ground}`) },
              { title: t("coercion.amountOrDays"), key: "a", render: (_: unknown, r) => (r.measure === "fine" ? <Money fen={r.amountFen} unit={t("common.yuan")} /> : t("coercion.daysValue", { n: r.days })) },
              { title: t("coercion.proposedOn"), dataIndex: "proposedOn", render: (v: string) => formatDate(v) },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}
