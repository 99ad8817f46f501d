// The valuation's clocks (staff): the 30-day start (art 1), the agreement's and directed inquiry's
// periods (arts 4, 6), the platforms' 3 days and the one extension (art 11), corrections (art 12), each
// agency's report deadline with its extensions (art 19), service within 3 days (art 21), the objection
// window (arts 22–23), referral and explanation (art 23), the 10-day sale start (art 30) — each with its
// subject, due date, overdue tag and rule — and the price's validity with the 6-month grace (art 27).
import { Alert, Descriptions, Table, Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { citeSource } from "@zhixing/domain";
import type { Valuation, ValuationClock } from "../../../api/types";
import { CitationText } from "../../../components/CitationText";
import { EmptyState } from "../../../components/QueryState";
import { formatCitation, formatDate } from "../../../lib/format";
import { useLocalized } from "../../../lib/useLocalized";
import { clockSubject, DUTY_CLOCKS } from "../valuation";
import { DueState } from "./ValuationTags";

function SubjectLabel({ v, subjectId }: { v: Valuation; subjectId: string | null }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const s = clockSubject(v, subjectId);
  switch (s.kind) {
    case "valuation":
      return <>{t("valuation.clocks.subjectValuation")}</>;
    case "step":
      return <>{loc(s.step.label)}</>;
    case "report":
    case "agency":
      return <>{s.name}</>;
    case "objection":
      return <>{t("valuation.clocks.subjectObjection", { side: s.side ? t(`partyRole.${s.side}`) : "—" })}</>;
    default:
      return <>—</>;
  }
}

/** The price's validity (art 27): valid until, usable today (within validity or in the 6-month grace), or the renewal the statute asks for. */
export function ValidityState({ v }: { v: Valuation }) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const p = v.referencePrice;
  if (!p) return null;
  const u = p.usableToday;
  const state = u.usable ? (u.via === "grace" ? "grace" : "valid") : "expired";
  return (
    <div data-testid="valuation-validity" data-state={state}>
      <span style={{ fontVariantNumeric: "tabular-nums" }}>{t("valuation.clocks.validUntil", { date: formatDate(p.validUntil) })}</span>
      <Tag color={state === "valid" ? "success" : state === "grace" ? "warning" : "error"} style={{ marginLeft: 6 }} data-testid="validity-tag">
        {t(`valuation.clocks.validity.${state}`)}
      </Tag>
      {u.graceUntil ? (
        <span style={{ fontVariantNumeric: "tabular-nums", marginLeft: 6 }} data-testid="validity-grace">
          {t("valuation.clocks.graceUntil", { date: formatDate(u.graceUntil) })}
        </span>
      ) : null}
      <div style={{ fontSize: 13 }}>{loc(u.explanation)}</div>
      {!u.usable && u.renewal ? <div style={{ fontSize: 13 }} data-testid="validity-renewal">{t(`valuation.clocks.renewal.${u.renewal}`, { defaultValue: u.renewal })}</div> : null}
      <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }}>{formatCitation(citeSource("referencePrice", "art 27"), i18n.language)}</div>
    </div>
  );
}

export function ValuationClocks({ v }: { v: Valuation }) {
  const { t } = useTranslation();
  const overdue = v.clocks.filter((k) => k.overdue);
  return (
    <div data-testid="valuation-clocks">
      {overdue.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="valuation-overdue"
          title={t("valuation.clocks.overdueCount", { count: overdue.length })}
        />
      ) : null}
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t("valuation.header.controlDate")}>
          <span className="num">{formatDate(v.controlDate)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("valuation.header.startDue")}>
          <span className="num" data-testid="valuation-start-due">
            {formatDate(v.startDue)}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t("valuation.header.startedDate")}>
          <span className="num">{formatDate(v.startedDate)}</span>
          {v.startedLate ? (
            <Tooltip title={t("valuation.header.startedLateHelp")}>
              <Tag color="warning" style={{ marginLeft: 6 }} data-testid="valuation-started-late">
                {t("valuation.header.startedLate")}
              </Tag>
            </Tooltip>
          ) : null}
        </Descriptions.Item>
        {v.referencePrice ? (
          <Descriptions.Item label={t("valuation.clocks.validity.label")} span="filled">
            <ValidityState v={v} />
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Table<ValuationClock>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={v.clocks}
        scroll={{ x: 760 }}
        data-testid="valuation-clock-table"
        locale={{ emptyText: <EmptyState /> }}
        onRow={(k) => ({ "data-testid": "valuation-clock", "data-kind": k.kind, "data-state": k.status === "open" ? (k.overdue ? "overdue" : "open") : k.status }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t("clock.kind"), dataIndex: "kind", render: (k: string) => t(`clockKind.${k}`, { defaultValue: k }) },
          { title: t("valuation.clocks.subject"), dataIndex: "subjectId", render: (s: string | null) => <SubjectLabel v={v} subjectId={s} /> },
          { title: t("clock.start"), dataIndex: "start", width: 110, render: (d: string) => <span className="num">{formatDate(d)}</span> },
          {
            title: t("clock.due"),
            dataIndex: "due",
            render: (_: string, k) => (
              <>
                <DueState due={k.due} status={k.status} metDate={k.metDate} overdue={k.overdue} daysLeft={k.daysLeft} duty={DUTY_CLOCKS.has(k.kind)} testId="clock-due" />
                {k.provisional && k.status === "open" ? (
                  <Tooltip title={t("clock.provisionalHelp")}>
                    <Tag color="orange" style={{ marginLeft: 6 }}>
                      {t("clock.provisional")}
                    </Tag>
                  </Tooltip>
                ) : null}
              </>
            ),
          },
          { title: t("clock.basis"), dataIndex: "basis", render: (_: unknown, k) => <CitationText citation={k.basis} /> },
        ]}
      />
    </div>
  );
}
