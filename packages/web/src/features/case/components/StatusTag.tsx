import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseStatus } from "../../../api/types";

const COLORS: Record<CaseStatus, string> = {
  applied: "gold",
  registered: "blue",
  refused: "red",
  assigned: "geekblue",
  inProgress: "processing",
  closed: "default",
};

export function StatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="case-status" data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}
