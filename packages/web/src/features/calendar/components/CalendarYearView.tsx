import { Alert, Card, Col, Row, Table, Tag } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { CalendarSource, CalendarYear, NamedDate } from "../../../api/types";
import { EmptyState } from "../../../components/QueryState";
import { formatDate } from "../../../lib/format";

const SOURCE_COLOR: Record<CalendarSource, string> = { official: "green", loaded: "blue", fallback: "orange" };

export function CalendarSourceTag({ source }: { source: CalendarSource }) {
  const { t } = useTranslation();
  return (
    <Tag color={SOURCE_COLOR[source]} data-testid="calendar-source" data-source={source}>
      {t(`calendar.source.${source}`)}
    </Tag>
  );
}

function DatesTable({ items, testId, title, emptyText }: { items: NamedDate[]; testId: string; title: string; emptyText: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={`${title}${t("common.paren", { text: items.length })}`}>
      <Table<NamedDate>
        rowKey="date"
        size="small"
        dataSource={items}
        data-testid={testId}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: <EmptyState text={emptyText} /> }}
        onRow={(r) => ({ "data-date": r.date }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t("calendar.date"), dataIndex: "date", render: (v: string) => <span className="num">{formatDate(v)}</span> },
          { title: t("calendar.weekday"), key: "weekday", render: (_, r) => t(`calendar.weekdays.${dayjs(r.date).day()}`) },
          { title: t("calendar.name"), dataIndex: "name" },
        ]}
      />
    </Card>
  );
}

/** One year's arrangement: where it comes from, the days off, and the 调休 working weekend days. */
export function CalendarYearView({ data }: { data: CalendarYear }) {
  const { t } = useTranslation();
  return (
    <>
      {data.source === "fallback" ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="calendar-provisional"
          title={t("calendar.fallbackTitle", { year: data.year })}
          description={t("calendar.fallbackText", { year: data.year })}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <DatesTable items={data.holidays} testId="calendar-holidays" title={t("calendar.holidays")} emptyText={t("calendar.noHolidays")} />
        </Col>
        <Col xs={24} lg={12}>
          <DatesTable items={data.workdays} testId="calendar-workdays" title={t("calendar.workdays")} emptyText={t("calendar.noWorkdays")} />
        </Col>
      </Row>
    </>
  );
}
