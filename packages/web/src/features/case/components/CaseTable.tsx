import type { HTMLAttributes } from "react";
import { Table, Tooltip } from "antd";
import type { TablePaginationConfig } from "antd";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { CaseSummary } from "../../../api/types";
import { formatDate } from "../../../lib/format";
import { CaseNumber } from "./CaseNumber";
import { StatusTag } from "./StatusTag";

export function CaseTable({
  items,
  total,
  page,
  pageSize,
  loading,
  showCourt = false,
  onPageChange,
}: {
  items: CaseSummary[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  /** Show the enforcing court (lists that span several courts). */
  showCourt?: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}) {
  const { t } = useTranslation();
  const pagination: TablePaginationConfig = {
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    showTotal: (n) => t("cases.total", { count: n }),
    onChange: onPageChange,
  };

  return (
    <Table<CaseSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={pagination}
      scroll={{ x: showCourt ? 1280 : 1100 }}
      data-testid="cases-table"
      onRow={(r) => ({ "data-testid": "case-row", "data-case-id": r.id }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t("case.caseNumber"),
          key: "caseNumber",
          fixed: "left",
          width: 200,
          render: (_, r) => (
            <Link to={`/staff/cases/${r.id}`} data-testid="case-link">
              <CaseNumber caseNumber={r.caseNumber} />
            </Link>
          ),
        },
        ...(showCourt
          ? [
              {
                title: t("case.court"),
                key: "courtName",
                width: 180,
                render: (_: unknown, r: CaseSummary) => <span data-testid="case-court">{r.courtName}</span>,
              },
            ]
          : []),
        { title: t("case.status"), dataIndex: "status", width: 100, render: (_, r) => <StatusTag status={r.status} /> },
        { title: t("case.applicant"), dataIndex: "applicantNames", render: (v: string[]) => v.join(t("common.listSep")) },
        { title: t("case.respondent"), dataIndex: "respondentNames", render: (v: string[]) => v.join(t("common.listSep")) },
        { title: t("case.handler"), dataIndex: "handlerName", width: 110, render: (v: string | null) => v ?? "—" },
        {
          title: t("case.applicationDate"),
          dataIndex: "applicationDate",
          width: 120,
          render: (v: string, r) => (
            <span className="num">
              {formatDate(v)}
              {r.lateApplication ? (
                <Tooltip title={t("case.lateApplicationHint")}>
                  <span className="overdue"> *</span>
                </Tooltip>
              ) : null}
            </span>
          ),
        },
        {
          title: t("case.nextClock"),
          key: "nextClock",
          width: 190,
          render: (_, r) =>
            r.nextClock ? (
              <span className={r.nextClock.overdue ? "overdue" : undefined} data-overdue={r.nextClock.overdue}>
                {t(`clockKind.${r.nextClock.kind}`)} <span className="num">{formatDate(r.nextClock.due)}</span>
              </span>
            ) : (
              "—"
            ),
        },
      ]}
    />
  );
}
