import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { RewardNotice } from "../api/rewards";

const COLORS: Record<RewardNotice["status"], string> = { applied: "processing", published: "success", refused: "error", withdrawn: "default", closed: "default" };

export function RewardStatusTag({ status }: { status: RewardNotice["status"] }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="reward-status">
      {t(`reward.status.${status}`)}
    </Tag>
  );
}
