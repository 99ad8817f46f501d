import { useState } from "react";
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Progress, Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import {
  RELEASE_REASONS,
  type CaseDetail,
  type Measure,
  type MeasureStatus,
  type ReleaseInput,
  type RenewInput,
  type StandingFreeze,
  type StandingInput,
  type StopStandingInput,
  type User,
} from "../../../api/types";
import { DateInput } from "../../../components/DateInput";
import { YuanInput } from "../../../components/YuanInput";
import { FormModal } from "../../../components/FormModal";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { formatCitation, formatDate, todayShanghai } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useLocalized } from "../../../lib/useLocalized";
import { DaysLeft } from "../../case/components/DaysLeft";
import { mayHandle } from "../../case/mayAct";
import { useConversions, useRegister, useReleaseMeasure, useRenewMeasure, useStandingFreezes, useStartStanding, useStopStanding } from "../hooks/useMeasures";
import { ConversionCard, ConvertedOutAlert } from "./ConversionCard";
import { assetTypeLabel, measureKindLabel } from "../labels";

const STATUS_COLOR: Record<MeasureStatus, string> = { active: "processing", lapsed: "error", released: "default", completed: "success" };
const STANDING_COLOR: Record<StandingFreeze["status"], string> = { active: "processing", met: "success", stopped: "default", expired: "warning" };
/** Asset types a standing freeze (轮询冻结) can top up: the server's STANDING_FREEZE_ASSET_TYPES. */
const STANDING_ASSET_TYPES = new Set(["bankDeposit", "onlinePaymentFunds"]);
const mayStandOn = (m: Measure) => !m.external && m.kind === "freeze" && m.status === "active" && STANDING_ASSET_TYPES.has(m.asset.type);

/** The share of the current term already run, for the small bar beside the days left. */
function termShare(m: Measure): number | null {
  if (!m.expires) return null;
  const from = dayjs(m.countsFrom ?? m.start);
  const total = dayjs(m.expires).diff(from, "day") + 1;
  if (total <= 0) return null;
  const used = dayjs(todayShanghai()).diff(from, "day");
  return Math.max(0, Math.min(100, Math.round((used * 100) / total)));
}

/** 措施 tab: the measures register, its over-seizure figures and release task, with renew and release. */
export function MeasuresTab({ detail, user }: { detail: CaseDetail; user: User }) {
  const { t, i18n } = useTranslation();
  const label = useLocalized();
  const { message } = App.useApp();
  const query = useRegister(detail.id);
  const renew = useRenewMeasure(detail.id);
  const release = useReleaseMeasure(detail.id);
  const showError = useApiError();
  const [renewing, setRenewing] = useState<Measure | null>(null);
  const [releasing, setReleasing] = useState<{ m: Measure; reason?: string; amountFen?: number } | null>(null);
  const [standingFor, setStandingFor] = useState<Measure | null>(null);
  const [stopping, setStopping] = useState<StandingFreeze | null>(null);
  const canAct = mayHandle(user, detail);
  const standing = useStandingFreezes(detail.id, canAct);
  const startStanding = useStartStanding(detail.id);
  const stopStanding = useStopStanding(detail.id);
  // Shared with the conversion card: where a measure "from preservation" came from.
  const conversions = useConversions(detail.id);
  const convertedFrom = new Map((conversions.data?.items ?? []).map((c) => [c.preservationCaseId, c]));
  const cite = (cs: { law: string; article: string; en?: string }[]) => cs.map((c) => formatCitation(c as never, i18n.language)).join(t("common.citationSep"));

  return (
    <QueryState query={query} rows={6}>
      {(reg) => {
        const byId = new Map(reg.measures.map((m) => [m.id, m]));
        return (
          <div data-testid="measures-tab">
            <ConvertedOutAlert detail={detail} />
            {reg.control ? (
              <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }} data-testid="measures-control">
                <Descriptions.Item label={t("measures.limit")}>
                  <Tooltip title={cite(reg.control.basis)}>
                    <Money fen={reg.control.limitFen} unit={t("common.yuan")} />
                  </Tooltip>
                </Descriptions.Item>
                <Descriptions.Item label={t("measures.controlled")}>
                  <span className={reg.control.controlledFen > reg.control.limitFen ? "overdue num" : "num"}>
                    <Money fen={reg.control.controlledFen} unit={t("common.yuan")} />
                  </span>
                </Descriptions.Item>
                <Descriptions.Item label={t("measures.receivedSoFar")}>
                  <Money fen={reg.control.receivedFen} unit={t("common.yuan")} />
                </Descriptions.Item>
              </Descriptions>
            ) : null}
            {reg.excess ? (
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 16 }}
                data-testid="release-task"
                title={t("measures.excessTitle")}
                description={
                  <>
                    <Typography.Paragraph style={{ margin: 0 }}>
                      {t("measures.excessText")} <Money fen={reg.excess.excessFen} unit={t("common.yuan")} />
                      {t("common.paren", { text: cite(reg.excess.basis) })}
                    </Typography.Paragraph>
                    {reg.excess.lines.map((l) => {
                      const m = byId.get(l.measureId);
                      return (
                        <div key={l.measureId} data-testid="release-line" data-measure-id={l.measureId} style={{ marginTop: 6 }}>
                          <Space wrap>
                            <span>{m ? `${label(measureKindLabel(m.kind))} · ${m.asset.description}` : l.measureId}</span>
                            <span>
                              {t(l.whole ? "measures.releaseWhole" : "measures.releasePart")} <Money fen={l.releaseFen} unit={t("common.yuan")} />
                            </span>
                            {canAct && m && l.whole ? (
                              <Button size="small" danger onClick={() => setReleasing({ m, reason: "excessOverLimit" })} data-testid="release-task-release">
                                {t("measures.release")}
                              </Button>
                            ) : null}
                            {canAct && m && !l.whole ? (
                              <Button
                                size="small"
                                danger
                                onClick={() => setReleasing({ m, reason: "excessOverLimit", amountFen: l.releaseFen })}
                                data-testid="release-task-release-part"
                              >
                                {t("measures.releaseExcess")}
                              </Button>
                            ) : null}
                          </Space>
                        </div>
                      );
                    })}
                    {reg.excess.retained.map((r) => (
                      <div key={r.measureId} style={{ marginTop: 6, color: "rgba(0,0,0,0.55)" }}>
                        {byId.get(r.measureId)?.asset.description ?? r.measureId}: {t("measures.retainedIndivisible")}
                      </div>
                    ))}
                  </>
                }
              />
            ) : null}
            <Table<Measure>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={reg.measures}
              scroll={{ x: 1280 }}
              data-testid="measures-table"
              locale={{ emptyText: <EmptyState text={t("measures.none")} /> }}
              onRow={(m) => ({ "data-testid": "measure-row", "data-measure-id": m.id, "data-status": m.status, "data-kind": m.kind }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                {
                  title: t("measures.asset"),
                  key: "asset",
                  render: (_, m) => {
                    const l = assetTypeLabel(m.asset.type);
                    return (
                      <>
                        <div>{m.asset.description}</div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {l ? label(l) : m.asset.type}
                          {m.asset.identifier ? ` · ${m.asset.identifier}` : ""}
                        </Typography.Text>
                      </>
                    );
                  },
                },
                {
                  title: t("measures.kind"),
                  dataIndex: "kind",
                  width: 90,
                  render: (v: string, m) => (
                    <>
                      {label(measureKindLabel(v))}
                      {m.context === "preservation" ? <Tag style={{ marginLeft: 4 }}>{t("measures.preservation")}</Tag> : null}
                      {m.external ? <Tag style={{ marginLeft: 4 }}>{t("measures.external")}</Tag> : null}
                      {m.convertedFromCaseId ? (
                        <Tooltip
                          title={(() => {
                            const c = convertedFrom.get(m.convertedFromCaseId);
                            return c ? t("measures.fromPreservationOf", { caseNumber: c.preservationCaseNumber ?? t("measures.conversion.noNumber"), date: formatDate(c.convertedDate) }) : undefined;
                          })()}
                        >
                          <Tag color="purple" style={{ marginLeft: 4 }} data-testid="measure-from-preservation">
                            {t("measures.fromPreservation")}
                          </Tag>
                        </Tooltip>
                      ) : null}
                    </>
                  ),
                },
                { title: t("measures.amount"), dataIndex: "amountFen", align: "right", width: 140, render: (v: number) => <Money fen={v} /> },
                {
                  title: t("measures.rank"),
                  dataIndex: "rank",
                  width: 90,
                  render: (v: Measure["rank"]) => <Tag color={v === "first" ? "blue" : "gold"}>{t(`measures.ranks.${v}`)}</Tag>,
                },
                { title: t("measures.start"), dataIndex: "start", width: 110, render: (v: string) => <span className="num">{formatDate(v)}</span> },
                {
                  title: t("measures.expires"),
                  dataIndex: "expires",
                  width: 110,
                  render: (v: string | null) => <span className="num">{formatDate(v)}</span>,
                },
                {
                  title: t("clock.daysLeft"),
                  key: "daysLeft",
                  width: 150,
                  render: (_, m) => {
                    if (m.status !== "active" || m.daysLeft === null) return "—";
                    const share = termShare(m);
                    return (
                      <div data-testid="measure-days-left">
                        <DaysLeft days={m.daysLeft} overdue={m.daysLeft < 0} />
                        {share !== null ? (
                          <Progress
                            percent={share}
                            size="small"
                            showInfo={false}
                            strokeColor={m.daysLeft <= 15 ? "#cf1322" : m.daysLeft <= 30 ? "#d46b08" : undefined}
                            aria-label={t("measures.termShare", { pct: share })}
                            data-testid="measure-term-bar"
                          />
                        ) : null}
                      </div>
                    );
                  },
                },
                {
                  title: t("clock.status"),
                  dataIndex: "status",
                  width: 130,
                  render: (v: MeasureStatus, m) => {
                    const reason = RELEASE_REASONS.find((r) => r.key === m.releaseReason);
                    const tip = [reason ? `${label(reason.label)}（${formatCitation(reason.basis, i18n.language)}）` : null, m.releaseNote].filter(Boolean).join(" ");
                    const on = m.releasedDate ?? m.lapsedDate;
                    return (
                      <Tooltip title={tip || undefined}>
                        <Tag color={STATUS_COLOR[v]} data-testid="measure-status">{t(`measures.status.${v}`)}</Tag>
                        {on ? <div className="num" style={{ fontSize: 12, textAlign: "left" }}>{formatDate(on)}</div> : null}
                      </Tooltip>
                    );
                  },
                },
                { title: t("measures.renewals"), dataIndex: "renewals", width: 80, align: "right", render: (v: number) => <span className="num">{v}</span> },
                {
                  title: t("clock.basis"),
                  dataIndex: "basis",
                  width: 90,
                  render: (v: Measure["basis"]) => (
                    <Tooltip title={cite(v)}>
                      <Typography.Link>{t("measures.basisShort")}</Typography.Link>
                    </Tooltip>
                  ),
                },
                ...(canAct
                  ? [
                      {
                        title: t("common.actions"),
                        key: "actions",
                        width: 230,
                        fixed: "right" as const,
                        render: (_: unknown, m: Measure) =>
                          m.external || (m.status !== "active" && m.rank !== "queued") || m.status === "released" || m.status === "lapsed" || m.status === "completed" ? null : (
                            <Space size={4}>
                              {m.expires && m.rank === "first" ? (
                                <Button size="small" onClick={() => setRenewing(m)} data-testid="measure-renew">
                                  {t("measures.renew")}
                                </Button>
                              ) : null}
                              {mayStandOn(m) ? (
                                <Button size="small" onClick={() => setStandingFor(m)} data-testid="standing-start">
                                  {t("measures.standingStart")}
                                </Button>
                              ) : null}
                              <Button size="small" danger onClick={() => setReleasing({ m })} data-testid="measure-release">
                                {t("measures.release")}
                              </Button>
                            </Space>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
            {canAct && standing.data && standing.data.items.length > 0 ? (
              <Card size="small" title={t("measures.standingList")} style={{ marginTop: 16 }} data-testid="standing-list">
                <Table<StandingFreeze>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={standing.data.items}
                  onRow={(s) => ({ "data-testid": "standing-row", "data-standing-id": s.id, "data-status": s.status }) as React.HTMLAttributes<HTMLElement>}
                  columns={[
                    { title: t("measures.asset"), key: "asset", render: (_, s) => byId.get(s.measureId)?.asset.description ?? s.assetId },
                    { title: t("measures.standingTarget"), dataIndex: "targetFen", align: "right", render: (v: number) => <Money fen={v} /> },
                    { title: t("measures.standingFrozen"), dataIndex: "frozenFen", align: "right", render: (v: number) => <Money fen={v} /> },
                    { title: t("measures.standingEnds"), dataIndex: "endsDate", width: 110, render: (v: string) => <span className="num">{formatDate(v)}</span> },
                    {
                      title: t("clock.status"),
                      dataIndex: "status",
                      width: 130,
                      render: (v: StandingFreeze["status"], s) => (
                        <Tooltip title={s.stoppedReason ?? undefined}>
                          <Tag color={STANDING_COLOR[v]} data-testid="standing-status">{t(`measures.standingStatus.${v}`)}</Tag>
                          {s.endedDate ? <div className="num" style={{ fontSize: 12 }}>{formatDate(s.endedDate)}</div> : null}
                        </Tooltip>
                      ),
                    },
                    {
                      title: t("common.actions"),
                      key: "actions",
                      width: 90,
                      render: (_, s) =>
                        s.status === "active" ? (
                          <Button size="small" danger onClick={() => setStopping(s)} data-testid="standing-stop">
                            {t("measures.standingStop")}
                          </Button>
                        ) : null,
                    },
                  ]}
                />
              </Card>
            ) : null}
            <ConversionCard detail={detail} user={user} />
            <FormModal<StandingInput>
              open={standingFor !== null}
              title={t("measures.standingTitle", { asset: standingFor?.asset.description ?? "" })}
              okText={t("measures.standingStart")}
              pending={startStanding.isPending}
              onClose={() => setStandingFor(null)}
              testId="standing-form"
              onSubmit={(v, form) =>
                startStanding.mutate(
                  { measureId: standingFor!.id, targetFen: v.targetFen, ...(v.days ? { days: v.days } : {}) },
                  {
                    onSuccess: (s) => {
                      message.success(t("measures.standingStarted", { date: formatDate(s.endsDate) }));
                      setStandingFor(null);
                    },
                    onError: (e) => showError(e, form),
                  },
                )
              }
            >
              <Typography.Paragraph type="secondary">{t("measures.standingHelp")}</Typography.Paragraph>
              <Form.Item label={t("measures.standingTargetYuan")} name="targetFen" rules={[{ required: true, message: t("common.amountInvalid") }]}>
                <YuanInput data-testid="standing-target" />
              </Form.Item>
              <Form.Item label={t("measures.standingDays")} name="days" extra={t("measures.standingDaysHelp")}>
                <InputNumber min={1} max={366} precision={0} style={{ width: "100%" }} data-testid="standing-days" />
              </Form.Item>
            </FormModal>
            <FormModal<StopStandingInput>
              open={stopping !== null}
              danger
              title={t("measures.standingStopTitle")}
              okText={t("measures.standingStop")}
              pending={stopStanding.isPending}
              onClose={() => setStopping(null)}
              testId="standing-stop-form"
              onSubmit={(v, form) =>
                stopStanding.mutate(
                  { id: stopping!.id, reason: v.reason },
                  {
                    onSuccess: () => {
                      message.success(t("measures.standingStopped"));
                      setStopping(null);
                    },
                    onError: (e) => showError(e, form),
                  },
                )
              }
            >
              <Form.Item label={t("measures.standingStopReason")} name="reason" rules={[{ required: true, whitespace: true, min: 2, message: t("measures.standingStopReasonRequired") }]}>
                <Input.TextArea rows={3} data-testid="standing-stop-reason" />
              </Form.Item>
            </FormModal>
            <FormModal<RenewInput>
              open={renewing !== null}
              title={t("measures.renewTitle", { asset: renewing?.asset.description ?? "" })}
              pending={renew.isPending}
              onClose={() => setRenewing(null)}
              testId="renew-form"
              onSubmit={(v, form) =>
                renew.mutate(
                  { measureId: renewing!.id, ...v },
                  {
                    onSuccess: (m) => {
                      message.success(t("measures.renewed", { date: formatDate(m.expires) }));
                      setRenewing(null);
                    },
                    onError: (e) => showError(e, form),
                  },
                )
              }
            >
              <Typography.Paragraph type="secondary">
                {t("measures.renewHelp", { date: formatDate(renewing?.expires) })}
              </Typography.Paragraph>
              <Form.Item label={t("measures.requestedMonths")} name="requestedMonths" extra={t("measures.requestedMonthsHelp")}>
                <InputNumber min={1} max={36} precision={0} style={{ width: "100%" }} data-testid="renew-months" />
              </Form.Item>
              {renewing?.asset.type === "trademark" && renewing.context === "preservation" ? (
                <Form.Item label={t("measures.registryReceiptDate")} name="registryReceiptDate">
                  <DateInput data-testid="renew-registryReceiptDate" />
                </Form.Item>
              ) : null}
            </FormModal>
            <FormModal<ReleaseInput>
              open={releasing !== null}
              danger
              title={t(releasing?.amountFen !== undefined ? "measures.releaseExcessTitle" : "measures.releaseTitle", { asset: releasing?.m.asset.description ?? "" })}
              okText={t("measures.release")}
              pending={release.isPending}
              initialValues={{ reason: releasing?.reason }}
              onClose={() => setReleasing(null)}
              testId="release-form"
              width={640}
              onSubmit={(v, form) =>
                release.mutate(
                  { measureId: releasing!.m.id, ...v, ...(releasing!.amountFen !== undefined ? { amountFen: releasing!.amountFen } : {}) },
                  {
                    onSuccess: () => {
                      message.success(t(releasing?.amountFen !== undefined ? "measures.releasedExcess" : "measures.released"));
                      setReleasing(null);
                    },
                    onError: (e) => showError(e, form),
                  },
                )
              }
            >
              {releasing?.amountFen !== undefined ? (
                <Alert
                  type="warning"
                  style={{ marginBottom: 12 }}
                  data-testid="release-part-amount"
                  title={
                    <>
                      {t("measures.releaseExcessAmount")} <Money fen={releasing.amountFen} unit={t("common.yuan")} />
                    </>
                  }
                  description={t("measures.releaseExcessHelp")}
                />
              ) : null}
              <Form.Item label={t("measures.releaseReason")} name="reason" rules={[{ required: true, message: t("common.required") }]}>
                <Select
                  data-testid="release-reason"
                  aria-label={t("measures.releaseReason")}
                  popupMatchSelectWidth={560}
                  options={RELEASE_REASONS.map((r) => ({ value: r.key, label: label(r.label), citation: formatCitation(r.basis, i18n.language) }))}
                  optionRender={(o) => (
                    <div className="ground-option" data-testid="release-reason-option" data-reason={o.value}>
                      <div>{o.label}</div>
                      <div className="ground-basis">{o.data.citation}</div>
                    </div>
                  )}
                />
              </Form.Item>
              <Form.Item noStyle shouldUpdate={(a, b) => a.reason !== b.reason}>
                {({ getFieldValue }) => {
                  const r = RELEASE_REASONS.find((x) => x.key === getFieldValue("reason"));
                  return r ? (
                    <Alert type="info" style={{ marginBottom: 12 }} title={t("common.labelValue", { label: t("common.basis"), value: formatCitation(r.basis, i18n.language) })} data-testid="release-citation" />
                  ) : null;
                }}
              </Form.Item>
              <Form.Item label={t("measures.releaseNote")} name="note" rules={[{ required: true, whitespace: true, min: 2, message: t("measures.releaseNoteRequired") }]}>
                <Input.TextArea rows={3} data-testid="release-note" />
              </Form.Item>
            </FormModal>
          </div>
        );
      }}
    </QueryState>
  );
}
