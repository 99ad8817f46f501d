import { Table, Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseClock, ClockStatus } from "../../../api/types";
import { CitationText } from "../../../components/CitationText";
import { EmptyState } from "../../../components/QueryState";
import { formatDate } from "../../../lib/format";
import { DaysLeft } from "./DaysLeft";

const STATUS_COLOR: Record<ClockStatus, string> = { open: "processing", met: "success", missed: "error", cancelled: "default" };

export function ClocksTable({ clocks }: { clocks: CaseClock[] }) {
  const { t } = useTranslation();
  return (
    <Table<CaseClock>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={clocks}
      data-testid="clocks-table"
      scroll={{ x: 900 }}
      locale={{ emptyText: <EmptyState /> }}
      onRow={(c) => ({ "data-testid": "clock-row", "data-clock-kind": c.kind }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t("clock.kind"), dataIndex: "kind", render: (v: CaseClock["kind"]) => t(`clockKind.${v}`) },
        { title: t("clock.start"), dataIndex: "startDate", render: (v: string) => <span className="num">{formatDate(v)}</span> },
        {
          title: t("clock.due"),
          dataIndex: "due",
          render: (v: string, c) => (
            <>
              <span className={c.overdue ? "overdue num" : "num"}>{formatDate(v)}</span>
              {c.provisional && c.status === "open" ? (
                <Tooltip title={t("clock.provisionalHelp")}>
                  <Tag color="orange" style={{ marginLeft: 6 }} data-testid="clock-provisional">
                    {t("clock.provisional")}
                  </Tag>
                </Tooltip>
              ) : null}
            </>
          ),
        },
        {
          title: t("clock.status"),
          dataIndex: "status",
          render: (v: ClockStatus, c) => (
            <Tooltip title={c.metDate ? t("clock.metOn", { date: formatDate(c.metDate) }) : undefined}>
              {v === "met" && c.metDate && c.metDate > c.due ? (
                <Tag color="orange" data-testid="clock-met-late">
                  {t("clockStatus.metLate")}
                </Tag>
              ) : (
                <Tag color={STATUS_COLOR[v]}>{t(`clockStatus.${v}`)}</Tag>
              )}
            </Tooltip>
          ),
        },
        {
          title: t("clock.daysLeft"),
          dataIndex: "daysLeft",
          align: "right",
          render: (v: number | null, c) => (c.status === "open" ? <DaysLeft days={v} overdue={c.overdue} /> : "—"),
        },
        { title: t("clock.basis"), dataIndex: "basis", render: (_, c) => <CitationText citation={c.basis} /> },
      ]}
    />
  );
}
