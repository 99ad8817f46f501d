import { Card, InputNumber, Space, Typography } from "antd";
import { useOutletContext, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR } from "@zhixing/domain";
import type { User } from "../../api/types";
import { QueryState } from "../../components/QueryState";
import { CalendarLoadForm } from "../../features/calendar/components/CalendarLoadForm";
import { CalendarSourceTag, CalendarYearView } from "../../features/calendar/components/CalendarYearView";
import { useCalendarYear } from "../../features/calendar/hooks/useCalendarYear";
import { canLoadCalendar } from "../../features/calendar/roles";

/** The year in Beijing: next year's arrangement is the one an administrator usually has to load. */
function nextYear(): number {
  const y = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));
  return Math.min(CALENDAR_MAX_YEAR, y + 1);
}

function validYear(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= CALENDAR_MIN_YEAR && v <= CALENDAR_MAX_YEAR;
}

export default function CalendarPage() {
  const { t } = useTranslation();
  const user = useOutletContext<User>();
  const [params, setParams] = useSearchParams();
  const fromUrl = Number(params.get("year"));
  const year = validYear(fromUrl) ? fromUrl : nextYear();
  const query = useCalendarYear(year);

  return (
    <>
      <Typography.Title level={3} className="page-title">
        {t("calendar.title")}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t("calendar.intro")}</Typography.Paragraph>
        <Space wrap align="center">
          <label htmlFor="calendar-year">{t("calendar.year")}</label>
          <InputNumber<number>
            id="calendar-year"
            min={CALENDAR_MIN_YEAR}
            max={CALENDAR_MAX_YEAR}
            precision={0}
            value={year}
            onChange={(v) => {
              if (validYear(v)) setParams({ year: String(v) }, { replace: true });
            }}
            data-testid="calendar-year"
            style={{ width: 120 }}
          />
          {query.data && query.data.year === year ? <CalendarSourceTag source={query.data.source} /> : null}
          <Typography.Text type="secondary">{t("calendar.range", { min: CALENDAR_MIN_YEAR, max: CALENDAR_MAX_YEAR })}</Typography.Text>
        </Space>
      </Card>
      <QueryState query={query} rows={8}>
        {(data) => <CalendarYearView data={data} />}
      </QueryState>
      {canLoadCalendar(user.role) ? <CalendarLoadForm key={year} year={year} current={query.data} /> : null}
    </>
  );
}
