import { Badge, Card, Grid, Table, Tooltip } from "antd";
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
  // Phones: scroll inside the card instead of widening the page.
  const wide = Grid.useBreakpoint().md ?? true;
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
        scroll={wide ? undefined : { x: "max-content" }}
        locale={{ emptyText: <EmptyState text={t("workbench.noClocks")} /> }}
        onRow={() => ({ "data-testid": "clock-item" }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t("case.caseNumber"),
            key: "case",
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
            render: (v: string) => <span className={tone === "danger" ? "overdue num" : "num"}>{formatDate(v)}</span>,
          },
          {
            title: t("clock.daysLeft"),
            dataIndex: "daysLeft",
            align: "right",
            render: (v: number) => <DaysLeft days={v} overdue={tone === "danger"} />,
          },
        ]}
      />
    </Card>
  );
}
