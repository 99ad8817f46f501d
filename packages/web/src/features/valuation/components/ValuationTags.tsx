import { Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import type { Citation, ValuationStatus, ValuationStep } from "../../../api/types";
import { formatCitation, formatDate } from "../../../lib/format";
import { DaysLeft } from "../../case/components/DaysLeft";

const STATUS_COLOR: Record<ValuationStatus, string> = { inProgress: "processing", priced: "success", cancelled: "default" };
// "withdrawn": a step ended by the court's 撤回 (参考价规定 art 29).
const STEP_COLOR: Record<ValuationStep["status"] | "withdrawn", string> = { open: "processing", priced: "success", impossible: "warning", failed: "error", withdrawn: "default" };

export function ValuationStatusTag({ status }: { status: ValuationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="valuation-status">
      {t(`valuation.status.${status}`)}
    </Tag>
  );
}

export function StepStatusTag({ status }: { status: ValuationStep["status"] }) {
  const { t } = useTranslation();
  return (
    <Tag color={STEP_COLOR[status]} data-testid="step-status">
      {t(`valuation.stepStatus.${status}`)}
    </Tag>
  );
}

/**
 * A due date with its state: days left or overdue (red tag) while open; met (late: orange tag) or
 * cancelled once closed; the rule on hover.
 */
export function DueState({
  due,
  status,
  metDate,
  overdue,
  daysLeft,
  basis,
  duty = true,
  testId = "valuation-due",
}: {
  due: string;
  status: "open" | "met" | "cancelled";
  metDate: string | null;
  overdue: boolean;
  daysLeft: number | null;
  basis?: Citation | null;
  /** A duty to act by the due date (met after it is late); false for periods that run out or reports collected later. */
  duty?: boolean;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const late = duty && status === "met" && metDate !== null && metDate > due;
  const state = status === "open" ? (overdue ? "overdue" : "open") : status === "met" ? (late ? "metLate" : "met") : "cancelled";
  const date = <span className={state === "overdue" ? "overdue num" : "num"}>{formatDate(due)}</span>;
  return (
    <span data-testid={testId} data-state={state}>
      {basis ? <Tooltip title={formatCitation(basis, i18n.language)}>{date}</Tooltip> : date}
      {state === "overdue" ? (
        <Tag color="error" style={{ marginLeft: 6 }} data-testid="tag-overdue">
          {t("valuation.clocks.overdue")}
        </Tag>
      ) : null}
      {state === "metLate" ? (
        <Tag color="warning" style={{ marginLeft: 6 }} data-testid="tag-met-late">
          {t("valuation.clocks.metLate", { date: formatDate(metDate) })}
        </Tag>
      ) : null}
      {state === "open" || state === "overdue" ? (
        <span style={{ marginLeft: 6 }}>
          <DaysLeft days={daysLeft} overdue={overdue} />
        </span>
      ) : null}
      {state === "met" ? <span style={{ marginLeft: 6, color: "#389e0d" }}>{t(duty ? "clock.metOn" : "valuation.clocks.closedOn", { date: formatDate(metDate) })}</span> : null}
      {state === "cancelled" ? <span style={{ marginLeft: 6, color: "rgba(0,0,0,0.45)" }}>{t("clockStatus.cancelled")}</span> : null}
    </span>
  );
}
