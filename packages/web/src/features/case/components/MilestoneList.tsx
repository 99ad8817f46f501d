import { Timeline, Typography } from "antd";
import { CheckCircleFilled, ClockCircleOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../api/types";
import { formatDate } from "../../../lib/format";

/** The party's progress: each milestone with its date and a plain-language explanation. */
export function MilestoneList({ milestones }: { milestones: CaseDetail["milestones"] }) {
  const { t } = useTranslation();
  const firstOpen = milestones.findIndex((m) => !m.done);
  return (
    <div data-testid="milestones" role="list" aria-label={t("party.milestones")}>
      <Timeline
        items={milestones.map((m, i) => ({
          key: m.key,
          color: m.done ? "green" : i === firstOpen ? "blue" : "gray",
          icon: m.done ? <CheckCircleFilled style={{ fontSize: 18 }} /> : <ClockCircleOutlined style={{ fontSize: 18 }} />,
          content: (
            <div role="listitem" data-testid="milestone" data-key={m.key} data-done={m.done}>
              <Typography.Text strong style={{ fontSize: 16 }}>
                {t(`milestone.${m.key}.title`)}
              </Typography.Text>
              <span className="num" style={{ marginLeft: 8, color: m.done ? undefined : "rgba(0,0,0,0.45)" }}>
                {m.done ? formatDate(m.date) : i === firstOpen ? t("party.inProgress") : t("party.notYet")}
              </span>
              <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
                {/* What happened, once it has; what will happen, before. */}
                {t(m.done ? `milestone.${m.key}.explain` : `milestone.${m.key}.upcoming`)}
              </Typography.Paragraph>
            </div>
          ),
        }))}
      />
    </div>
  );
}
