import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { ClueStatus } from "../../../api/types";

const COLOR: Record<ClueStatus, string> = { received: "processing", verified: "success", unfounded: "default" };

export function ClueStatusTag({ status }: { status: ClueStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[status]} data-testid="clue-status" data-status={status}>
      {t(`clue.status.${status}`)}
    </Tag>
  );
}
