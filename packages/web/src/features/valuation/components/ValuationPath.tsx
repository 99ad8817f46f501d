// The path so far (参考价规定 arts 2, 4, 5, 7, 14, 29): each method tried, in order, with why it was
// used (its reason, explanation and citation), the methods passed over on the way and why, its period,
// and how it ended.
import { Tag, Typography } from "antd";
import { VALUATION_METHOD_LABELS } from "@zhixing/domain";
import { useTranslation } from "react-i18next";
import type { ValuationStep } from "../../../api/types";
import { CitationList } from "../../../components/CitationText";
import { formatDate } from "../../../lib/format";
import { useLocalized } from "../../../lib/useLocalized";
import { StepStatusTag } from "./ValuationTags";

export function ValuationPath({ steps, showNotes = true }: { steps: ValuationStep[]; showNotes?: boolean }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  if (steps.length === 0) return null;
  return (
    <ol className="valuation-path" data-testid="valuation-path" style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {steps.map((s) => (
        <li
          key={s.id}
          data-testid="valuation-step"
          data-method={s.method}
          data-status={s.status}
          style={{ padding: "8px 0 8px 12px", borderLeft: `3px solid ${s.status === "open" ? "#1677ff" : s.status === "priced" ? "#52c41a" : "#d9d9d9"}`, marginBottom: 8 }}
        >
          {s.skipped.map((k) => (
            <div key={k.method} data-testid="valuation-skipped" data-method={k.method} style={{ color: "rgba(0,0,0,0.55)", fontSize: 13, marginBottom: 4 }}>
              <Tag>{t("valuation.path.skipped")}</Tag>
              <Typography.Text delete type="secondary">
                {loc(VALUATION_METHOD_LABELS[k.method])}
              </Typography.Text>
              <span>{t("common.paren", { text: loc(k.explanation) })}</span>
              <CitationList items={[k.basis]} />
            </div>
          ))}
          <div style={{ display: "flex", flexWrap: "wrap", gap: 6, alignItems: "center" }}>
            <Typography.Text strong>{t("valuation.path.stepNo", { n: s.seq })}</Typography.Text>
            <Typography.Text strong data-testid="step-method">
              {loc(s.label)}
            </Typography.Text>
            <StepStatusTag status={s.status} />
            <Tag data-testid="step-reason">{t(`valuation.reason.${s.reason}`, { defaultValue: s.reason })}</Tag>
          </div>
          <div data-testid="step-explanation">{loc(s.explanation)}</div>
          <CitationList items={s.basis} />
          <div style={{ fontSize: 13, color: "rgba(0,0,0,0.65)" }}>
            <span style={{ fontVariantNumeric: "tabular-nums" }}>{t("valuation.path.started", { date: formatDate(s.startedDate) })}</span>
            {s.dueDate ? <span style={{ fontVariantNumeric: "tabular-nums" }}>{t("common.listSep")}{t("valuation.path.due", { date: formatDate(s.dueDate) })}</span> : null}
            {s.institution ? <span>{t("common.listSep")}{t("common.labelValue", { label: t("valuation.directed.institution"), value: s.institution })}</span> : null}
            {s.endedDate ? <span style={{ fontVariantNumeric: "tabular-nums" }}>{t("common.listSep")}{t("valuation.path.ended", { date: formatDate(s.endedDate) })}</span> : null}
          </div>
          {s.outcomeExplanation ? (
            <div data-testid="step-outcome" style={{ marginTop: 4 }}>
              {loc(s.outcomeExplanation)}
            </div>
          ) : null}
          {showNotes && s.outcomeNote ? (
            <div style={{ fontSize: 13 }} data-testid="step-note">
              {t("common.labelValue", { label: t("common.reason"), value: s.outcomeNote })}
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
