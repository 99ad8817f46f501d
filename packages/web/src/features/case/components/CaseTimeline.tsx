import { Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseEvent } from "../../../api/types";
import { EmptyState } from "../../../components/QueryState";
import { formatDateTime } from "../../../lib/format";

/** `measure.create` → the i18n key `eventType.measure_create` (dots would nest). */
export const eventKey = (type: string) => `eventType.${type.replace(/\./g, "_")}`;

export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return <EmptyState />;
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Timeline
      data-testid="case-timeline"
      items={sorted.map((e) => ({
        key: e.id,
        title: <span className="num">{formatDateTime(e.at)}</span>,
        content: (
          <div data-testid="case-event" data-event-type={e.type}>
            <Typography.Text strong>
              {i18n.exists(eventKey(e.type)) ? t(eventKey(e.type)) : e.type}
            </Typography.Text>
            <div>
              {t("common.labelValue", { label: t("case.eventBy"), value: e.actorName })}
            </div>
            {e.reason ? (
              <div>
                {t("common.labelValue", { label: t("common.reason"), value: e.reason })}
              </div>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
