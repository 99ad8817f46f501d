import { useTranslation } from "react-i18next";

/** "3 天" / "今日到期" / "逾期 2 天" (red). */
export function DaysLeft({ days, overdue }: { days: number | null; overdue?: boolean }) {
  const { t } = useTranslation();
  if (days === null) return <span>—</span>;
  if (days < 0 || overdue) {
    return <span className="overdue num">{t("common.overdueBy", { count: Math.abs(days) })}</span>;
  }
  if (days === 0) return <span className="num" style={{ color: "#d46b08", fontWeight: 600 }}>{t("common.dueToday")}</span>;
  return <span className="num">{t("common.daysLeft", { count: days })}</span>;
}
