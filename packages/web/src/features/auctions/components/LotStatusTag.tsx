import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { LotPhase } from "../../../api/types";

const COLOR: Record<LotPhase, string> = {
  draft: "default",
  upcoming: "blue",
  bidding: "green",
  ended: "orange",
  suspended: "purple",
  sold: "success",
  failed: "warning",
  cancelled: "default",
  defaulted: "error",
};

export function LotStatusTag({ status }: { status: LotPhase }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[status] ?? "default"} data-testid="lot-status" data-status={status}>
      {t(`auction.status.${status}`)}
    </Tag>
  );
}
