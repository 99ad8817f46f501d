import { Badge, Card, Table, Tooltip } from "antd";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { ClockItem } from "../../../api/types";
import { CitationText } from "../../../components/CitationText";
import { EmptyState } from "../../../components/QueryState";
import { formatDate } from "../../../lib/format";
import { CaseNumber } from "../../case/components/CaseNumber";
import { DaysLeft } from "../../case/components/DaysLeft";

export function ClockCard({
  title,
  items,
  tone,
  testId,
}: {
  title: string;
  items: ClockItem[];
  tone: "danger" | "warning" | "normal";
  testId: string;
}) {
  const { t } = useTranslation();
  const color = tone === "danger" ? "#cf1322" : tone === "warning" ? "#d46b08" : "#1f4e9c";
  return (
    <Card
      size="small"
      data-testid={testId}
      title={
        <span style={{ color }}>
          {title} <Badge count={items.length} showZero color={color} />
        </span>
      }
      styles={{ header: { borderTop: `3px solid ${color}` } }}
    >
      <Table<ClockItem>
        rowKey="clockId"
        size="small"
        pagination={items.length > 8 ? { pageSize: 8, size: "small" } : false}
        dataSource={items}
        // Three cards share a row on wide screens (about 340 px of table each): the clock name wraps,
        // the due date and the days left share one column, and below 320 px the table scrolls inside
        // the card instead of widening the card or the page.
        scroll={{ x: 320 }}
        tableLayout="auto"
        locale={{ emptyText: <EmptyState text={t("workbench.noClocks")} /> }}
        onRow={() => ({ "data-testid": "clock-item" }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t("case.caseNumber"),
            key: "case",
            className: "nowrap",
            render: (_, c) => (
              <Link to={`/staff/cases/${c.caseId}`}>
                <CaseNumber caseNumber={c.caseNumber} />
              </Link>
            ),
          },
          {
            title: t("clock.kind"),
            dataIndex: "kind",
            render: (_, c) => (
              <Tooltip title={<CitationText citation={c.basis} />}>
                <span style={{ borderBottom: "1px dotted currentColor", cursor: "help" }} tabIndex={0}>
                  {t(`clockKind.${c.kind}`)}
                </span>
              </Tooltip>
            ),
          },
          {
            title: t("clock.due"),
            dataIndex: "due",
            align: "right",
            render: (v: string, c) => (
              <div style={{ whiteSpace: "nowrap" }}>
                <div className={tone === "danger" ? "overdue num" : "num"}>{formatDate(v)}</div>
                <div style={{ fontSize: 12 }}>
                  <DaysLeft days={c.daysLeft} overdue={tone === "danger"} />
                </div>
              </div>
            ),
          },
        ]}
      />
    </Card>
  );
}
