// 委托评估 (参考价规定 arts 15–20): how the three agencies were chosen — by the parties' agreement or by the
// recorded lottery (candidates, seed and the public inputs it came from, algorithm version, result),
// with Verify re-running the draw in the browser through the domain's drawAgencies and SM3 — and each
// agency commissioned: its deadline with extensions (30 days + at most two ≤ 15-day extensions applied
// for 5 days ahead), default and replacement by the next agency, its report.
import { useState } from "react";
import { Alert, Button, Card, Descriptions, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { citeSource } from "@zhixing/domain";
import type { AgencyCommission, AgencySelection, Valuation } from "../../../api/types";
import { Money } from "../../../components/Money";
import { formatCitation, formatDate } from "../../../lib/format";
import { useLocalized } from "../../../lib/useLocalized";
import { useValuationAgencies } from "../hooks/useValuations";
import { verifyLottery, type LotteryCheck } from "../valuation";
import { DueState } from "./ValuationTags";

const mono = { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", fontSize: 12, overflowWrap: "anywhere" as const, wordBreak: "break-all" as const };

/** What re-running the draw showed: match, or which part differs. */
export function LotteryVerifyResult({ check, names }: { check: LotteryCheck; names: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type={check.matches ? "success" : "error"}
      showIcon
      style={{ marginTop: 8 }}
      data-testid="lottery-verify-result"
      data-match={check.matches ? "true" : "false"}
      title={t(check.matches ? "valuation.lottery.match" : "valuation.lottery.mismatch")}
      description={
        <>
          {check.error ? <div data-testid="lottery-verify-error">{t(`valuation.lottery.error.${check.error}`)}</div> : null}
          {check.seedMatches !== null ? (
            <div data-testid="lottery-verify-seed" data-match={String(check.seedMatches)}>
              {t(check.seedMatches ? "valuation.lottery.seedMatch" : "valuation.lottery.seedMismatch")}
              {!check.seedMatches && check.recomputedSeed ? <div style={mono}>{check.recomputedSeed}</div> : null}
            </div>
          ) : (
            <div>{t("valuation.lottery.seedUnknown")}</div>
          )}
          {check.drawn ? (
            <div data-testid="lottery-verify-order" data-match={String(check.orderMatches)}>
              {t(check.orderMatches ? "valuation.lottery.orderMatch" : "valuation.lottery.orderMismatch")}
              <ol style={{ margin: "4px 0 0", paddingLeft: 20 }}>
                {check.drawn.map((id) => (
                  <li key={id} data-testid="lottery-drawn">
                    {names(id)} <span style={mono}>{id}</span>
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
        </>
      }
    />
  );
}

/** One selection of three agencies: agreed, or drawn by the recorded SM3 lottery with Verify. */
export function LotteryRecord({ s, assetType, verifiedOnMount = false, narrow = false }: { s: AgencySelection; assetType: string; verifiedOnMount?: boolean; narrow?: boolean }) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const library = useValuationAgencies(assetType, s.mode === "lottery");
  const [check, setCheck] = useState<LotteryCheck | null>(() => (verifiedOnMount ? verifyLottery(s) : null));
  const names = (id: string) => library.data?.agencies.find((a) => a.id === id)?.name ?? s.order.find((o) => o.agencyId === id)?.name ?? id;
  return (
    <div data-testid="agency-selection" data-mode={s.mode} data-round={s.round} style={{ borderTop: "1px solid #f0f0f0", paddingTop: 8, marginTop: 8 }}>
      <Typography.Text strong>
        {t("valuation.appraisal.round", { n: s.round })} · {t(`valuation.appraisal.mode.${s.mode}`)} · <span className="num">{formatDate(s.selectedDate)}</span>
      </Typography.Text>
      <Descriptions size="small" column={1} layout={narrow ? "vertical" : "horizontal"} style={{ marginTop: 4 }}>
        <Descriptions.Item label={t("valuation.lottery.result")}>
          <ol style={{ margin: 0, paddingLeft: 20 }} data-testid="lottery-order">
            {s.order.map((o) => (
              <li key={o.agencyId}>
                {o.name} <span style={mono}>{o.agencyId}</span>
              </li>
            ))}
          </ol>
        </Descriptions.Item>
        {s.mode === "lottery" ? (
          <>
            <Descriptions.Item label={t("valuation.lottery.candidates", { count: s.candidates.length })}>
              <span data-testid="lottery-candidates">{s.candidates.map((id) => `${names(id)}（${id}）`).join(t("common.listSep"))}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t("valuation.lottery.seed")}>
              <span style={mono} data-testid="lottery-seed">
                {s.seed}
              </span>
            </Descriptions.Item>
            {s.seedInputs ? (
              <Descriptions.Item label={t("valuation.lottery.seedInputs")}>
                <span style={{ ...mono, whiteSpace: "pre-wrap" }} data-testid="lottery-seed-inputs">
                  {Object.entries(s.seedInputs)
                    .map(([k, x]) => `${k}: ${Array.isArray(x) ? x.join(",") : String(x)}`)
                    .join("\n")}
                </span>
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t("valuation.lottery.algorithm")}>
              <div>
                <div style={mono} data-testid="lottery-algorithm">
                  {s.algorithm?.version ?? "—"}
                </div>
                {s.algorithm ? <div style={{ fontSize: 12, color: "rgba(0,0,0,0.65)" }}>{loc(s.algorithm.description)}</div> : null}
              </div>
            </Descriptions.Item>
          </>
        ) : null}
      </Descriptions>
      {s.mode === "lottery" ? (
        <>
          <Button size="small" onClick={() => setCheck(verifyLottery(s))} data-testid="lottery-verify">
            {t("valuation.lottery.verify")}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
            {t("valuation.lottery.verifyHelp", { basis: formatCitation(citeSource("referencePrice", "art 16"), i18n.language) })}
          </Typography.Text>
          {check ? <LotteryVerifyResult check={check} names={names} /> : null}
        </>
      ) : null}
    </div>
  );
}

const AGENCY_COLOR: Record<AgencyCommission["status"], string> = { commissioned: "processing", reported: "success", defaulted: "error", replaced: "warning" };

export function AppraisalSection({ v }: { v: Valuation }) {
  const { t, i18n } = useTranslation();
  const a = v.appraisal;
  if (!a) return null;
  const clockOf = (id: string) => v.clocks.filter((k) => k.kind === "valuationAppraisalReport" && k.subjectId === id).at(-1);
  return (
    <Card size="small" title={t("valuation.appraisal.title")} style={{ marginBottom: 12 }} data-testid="valuation-appraisal">
      {a.selections.length === 0 ? <Typography.Text type="secondary">{t("valuation.appraisal.noSelection")}</Typography.Text> : null}
      {a.selections.map((s) => (
        <LotteryRecord key={s.id} s={s} assetType={v.asset.type} />
      ))}
      {a.agencies.length > 0 ? (
        <Table<AgencyCommission>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 900 }}
          style={{ marginTop: 12 }}
          dataSource={a.agencies}
          data-testid="appraisal-agencies"
          onRow={(x) => ({ "data-testid": "appraisal-agency", "data-status": x.status }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t("valuation.appraisal.position"), dataIndex: "position", width: 60, align: "right" },
            { title: t("valuation.appraisal.agency"), dataIndex: "name" },
            { title: t("valuation.appraisal.commissionDate"), dataIndex: "commissionDate", render: (d: string) => <span className="num">{formatDate(d)}</span> },
            {
              title: t("valuation.appraisal.due"),
              key: "due",
              render: (_, x) => {
                const k = clockOf(x.id);
                return (
                  <span data-testid="appraisal-due">
                    {k ? (
                      <DueState due={x.due} status={k.status} metDate={k.metDate} overdue={k.overdue} daysLeft={k.daysLeft} basis={k.basis} duty={false} testId="appraisal-due-state" />
                    ) : (
                      <span className="num">{formatDate(x.due)}</span>
                    )}
                    {x.status === "commissioned" && x.latestExtensionRequest ? (
                      <div style={{ fontSize: 12 }}>{t("valuation.appraisal.latestRequest", { date: formatDate(x.latestExtensionRequest) })}</div>
                    ) : null}
                  </span>
                );
              },
            },
            {
              title: t("valuation.appraisal.extensions"),
              key: "ext",
              render: (_, x) => (
                <span data-testid="appraisal-extensions">
                  {x.extensions.map((e) => (
                    <div key={e.requestDate} style={{ fontVariantNumeric: "tabular-nums" }}>
                      {t("valuation.appraisal.extensionItem", { date: formatDate(e.requestDate), days: e.days })}
                    </div>
                  ))}
                  {x.pendingExtension ? (
                    <Tag color="warning" data-testid="appraisal-pending-extension">
                      {t("valuation.appraisal.pendingExtension", { date: formatDate(x.pendingExtension.requestDate), days: x.pendingExtension.days })}
                    </Tag>
                  ) : null}
                  <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }}>{t("valuation.appraisal.extensionsLeft", { count: x.extensionsLeft })}</div>
                </span>
              ),
            },
            {
              title: t("valuation.appraisal.statusHeader"),
              key: "status",
              render: (_, x) => (
                <>
                  <Tag color={AGENCY_COLOR[x.status]}>{t(`valuation.appraisal.status.${x.status}`)}</Tag>
                  {x.endedDate && x.status !== "reported" ? <span className="num">{formatDate(x.endedDate)}</span> : null}
                  {x.lastError ? <div style={{ fontSize: 12, color: "#d46b08" }}>{x.lastError}</div> : null}
                </>
              ),
            },
            { title: t("valuation.online.result"), key: "result", align: "right", render: (_, x) => (x.resultFen !== null ? <Money fen={x.resultFen} /> : "—") },
            { title: t("valuation.reports.reportNo"), dataIndex: "reportNo", render: (x: string | null) => x ?? "—" },
          ]}
        />
      ) : null}
      <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)", marginTop: 8 }}>
        {t("valuation.appraisal.deadlineRule", { basis: formatCitation(citeSource("referencePrice", "art 19"), i18n.language) })}
      </div>
    </Card>
  );
}
