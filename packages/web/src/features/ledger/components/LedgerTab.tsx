import { useState } from "react";
import { App, Button, Card, Descriptions, Form, Input, Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import {
  PAYEE_LABELS,
  TARGET_LABELS,
  type AllocationTarget,
  type CaseDetail,
  type CaseLedger,
  type LedgerEntry,
  type PayoutDeadline,
  type User,
} from "../../../api/types";
import { DateInput } from "../../../components/DateInput";
import { FormModal } from "../../../components/FormModal";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { YuanInput } from "../../../components/YuanInput";
import { formatCitation, formatDate, formatFen, todayShanghai } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useLocalized } from "../../../lib/useLocalized";
import { mayWriteLedger } from "../../case/mayAct";
import { useRegister } from "../../measures/hooks/useMeasures";
import { compact } from "../../property/lib";
import type { LedgerWrite } from "../api/ledger";
import { useLedger, useLedgerWrite } from "../hooks/useLedger";

type Dialog = { kind: Exclude<LedgerWrite, "distributions">; entry?: LedgerEntry } | null;

const CLAIM_ROWS = ["enforcementFee", "costs", "principal", "generalInterest", "doubledInterest"] as const;
const DEDUCTIBLE = new Set(["bankDeposit", "onlinePaymentFunds"]);

function DeductionMeasureSelect({ caseId, value, onChange }: { caseId: string; value?: string; onChange?: (v: string) => void }) {
  const { t } = useTranslation();
  const reg = useRegister(caseId);
  const options = (reg.data?.measures ?? [])
    .filter((m) => m.status === "active" && m.kind === "freeze" && !m.external && m.controlledFen > 0 && DEDUCTIBLE.has(m.asset.type))
    .map((m) => ({
      value: m.id,
      label: `${m.asset.description}${m.asset.identifier ? ` · ${m.asset.identifier}` : ""} — ${t("ledger.frozenLeft")} ${formatFen(m.controlledFen)} ${t("common.yuan")}`,
    }));
  return (
    <Select
      value={value}
      onChange={onChange}
      loading={reg.isPending}
      options={options}
      notFoundContent={<EmptyState text={t("ledger.noFreeze")} />}
      data-testid="ledger-deduct-measure"
    />
  );
}

/** 执行款 tab: balances, the claim and what is satisfied, payout deadlines, the entries; and the writes the ledger routes offer. */
export function LedgerTab({ detail, user }: { detail: CaseDetail; user: User }) {
  const { t, i18n } = useTranslation();
  const label = useLocalized();
  const { message, modal } = App.useApp();
  const query = useLedger(detail.id);
  const write = useLedgerWrite(detail.id);
  const showError = useApiError();
  const [dialog, setDialog] = useState<Dialog>(null);
  const canWrite = mayWriteLedger(user, detail);
  const today = todayShanghai();
  const yuan = t("common.yuan");

  const targetLabel = (x: string | null) => (x && x in TARGET_LABELS ? label(TARGET_LABELS[x as AllocationTarget]) : (x ?? ""));
  const entryWhat = (e: LedgerEntry) => {
    if (e.kind === "receipt") return t(`ledger.source.${e.source ?? "other"}`);
    if (e.kind === "allocation") return targetLabel(e.target);
    if (e.kind === "payout") return e.payee ? label(PAYEE_LABELS[e.payee]) : "";
    return "";
  };

  const submit = (kind: LedgerWrite, body: Record<string, unknown>, form?: Parameters<typeof showError>[1]) =>
    write.mutate(
      { kind, body: compact(body) },
      {
        onSuccess: () => {
          message.success(t(`ledger.done.${kind}`));
          setDialog(null);
        },
        onError: (e) => showError(e, form),
      },
    );

  const distribute = (l: CaseLedger) =>
    void modal.confirm({
      title: t("ledger.distributeTitle"),
      content: (
        <>
          <Typography.Paragraph>{t("ledger.distributeText")}</Typography.Paragraph>
          <Money fen={l.summary.undistributedFen} unit={yuan} />
        </>
      ),
      okText: t("ledger.distribute"),
      cancelText: t("common.cancel"),
      okButtonProps: { "data-testid": "ledger-distribute-confirm" } as never,
      onOk: () => submit("distributions", {}),
    });

  return (
    <QueryState query={query} rows={6}>
      {(l) => (
        <div data-testid="ledger-tab">
          {canWrite && detail.status !== "closed" ? (
            <Space wrap style={{ marginBottom: 16 }} data-testid="ledger-actions">
              <Button type="primary" onClick={() => setDialog({ kind: "receipts" })} data-testid="ledger-receipt">
                {t("ledger.recordReceipt")}
              </Button>
              <Button onClick={() => setDialog({ kind: "deductions" })} data-testid="ledger-deduct">
                {t("ledger.deduct")}
              </Button>
              {l.summary.undistributedFen > 0 ? (
                <Button onClick={() => distribute(l)} loading={write.isPending && write.variables?.kind === "distributions"} data-testid="ledger-distribute">
                  {t("ledger.distribute")}
                </Button>
              ) : null}
              {(l.balances?.heldForPayoutFen ?? 0) > 0 ? (
                <Button onClick={() => setDialog({ kind: "payouts" })} data-testid="ledger-payout">
                  {t("ledger.payout")}
                </Button>
              ) : null}
              {(l.balances?.heldForPayoutByPayee.court ?? 0) > 0 ? (
                <Button onClick={() => setDialog({ kind: "fees" })} data-testid="ledger-fee">
                  {t("ledger.fee")}
                </Button>
              ) : null}
            </Space>
          ) : null}

          <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginBottom: 16 }} data-testid="ledger-balances" styles={{ content: { textAlign: "right" } }}>
            <Descriptions.Item label={t("ledger.received")}>
              <span data-testid="ledger-received"><Money fen={l.summary.receivedFen} unit={yuan} /></span>
            </Descriptions.Item>
            <Descriptions.Item label={t("ledger.undistributed")}>
              <Money fen={l.summary.undistributedFen} unit={yuan} />
            </Descriptions.Item>
            {l.balances ? (
              <>
                <Descriptions.Item label={t("ledger.paidOut")}>
                  <Money fen={l.balances.paidOutFen} unit={yuan} />
                </Descriptions.Item>
                <Descriptions.Item label={t("ledger.held")}>
                  <Money fen={l.balances.heldForPayoutFen} unit={yuan} />
                </Descriptions.Item>
                <Descriptions.Item label={t("ledger.heldApplicant")}>
                  <Money fen={l.balances.heldForPayoutByPayee.applicant} unit={yuan} />
                </Descriptions.Item>
                <Descriptions.Item label={t("ledger.heldCourt")}>
                  <Money fen={l.balances.heldForPayoutByPayee.court} unit={yuan} />
                </Descriptions.Item>
                <Descriptions.Item label={t("ledger.heldRespondent")}>
                  <Money fen={l.balances.heldForPayoutByPayee.respondent} unit={yuan} />
                </Descriptions.Item>
                <Descriptions.Item label={t("ledger.feeRetained")}>
                  <Money fen={l.balances.feeFen} unit={yuan} />
                </Descriptions.Item>
              </>
            ) : null}
          </Descriptions>

          <Card size="small" title={t("ledger.deadlinesTitle")} style={{ marginBottom: 16 }}>
            <Table<PayoutDeadline>
              rowKey="receiptId"
              size="small"
              pagination={false}
              dataSource={l.payoutDeadlines}
              scroll={{ x: 760 }}
              data-testid="payout-deadlines"
              locale={{ emptyText: <EmptyState text={t("ledger.noDeadlines")} /> }}
              onRow={(d) => ({ "data-testid": "payout-deadline", "data-overdue": d.overdue }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t("ledger.receivedOn"), dataIndex: "receivedOn", render: (v: string) => <span className="num">{formatDate(v)}</span> },
                { title: t("ledger.amount"), dataIndex: "amountFen", align: "right", render: (v: number) => <Money fen={v} /> },
                { title: t("ledger.undisbursed"), dataIndex: "undisbursedFen", align: "right", render: (v: number) => <Money fen={v} /> },
                {
                  title: t("ledger.payoutDue"),
                  dataIndex: "due",
                  render: (v: string, d) => (
                    <Tooltip title={`${label(d.note)} ${d.basis.map((c) => formatCitation(c, i18n.language)).join(t("common.citationSep"))}`}>
                      <span className={d.overdue ? "overdue num" : "num"}>{formatDate(v)}</span>
                      {d.provisional ? <Tag color="orange" style={{ marginLeft: 6 }}>{t("clock.provisional")}</Tag> : null}
                      {d.confidence !== "confirmed" ? <Tag style={{ marginLeft: 6 }}>{t("ledger.unconfirmed")}</Tag> : null}
                    </Tooltip>
                  ),
                },
              ]}
            />
          </Card>

          {l.claim ? (
            <Card size="small" title={t("ledger.claimTitle", { date: formatDate(l.claim.asOf) })} style={{ marginBottom: 16 }}>
              <Table
                rowKey="key"
                size="small"
                pagination={false}
                scroll={{ x: 560 }}
                data-testid="ledger-claim"
                dataSource={CLAIM_ROWS.map((k) => ({ key: k, claim: l.claim!.claim[`${k}Fen`], satisfied: l.claim!.satisfied[`${k}Fen`] }))}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>{t("ledger.outstanding")}</Table.Summary.Cell>
                    <Table.Summary.Cell index={1} />
                    <Table.Summary.Cell index={2} />
                    <Table.Summary.Cell index={3} align="right">
                      <strong data-testid="ledger-outstanding"><Money fen={l.claim!.outstandingFen} /></strong>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
                columns={[
                  { title: t("ledger.component"), dataIndex: "key", render: (v: string) => targetLabel(v) },
                  { title: t("ledger.claim"), dataIndex: "claim", align: "right", render: (v: number) => <Money fen={v} /> },
                  { title: t("ledger.satisfied"), dataIndex: "satisfied", align: "right", render: (v: number) => <Money fen={v} /> },
                  { title: t("ledger.remaining"), key: "rem", align: "right", render: (_, r) => <Money fen={Math.max(0, r.claim - r.satisfied)} /> },
                ]}
              />
            </Card>
          ) : null}

          <Card size="small" title={t("ledger.entriesTitle")}>
            <Table<LedgerEntry>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={l.entries}
              scroll={{ x: 1000 }}
              data-testid="ledger-entries"
              locale={{ emptyText: <EmptyState text={t("ledger.noEntries")} /> }}
              onRow={(e) => ({ "data-testid": "ledger-entry", "data-kind": e.kind, "data-reversed": e.reversed }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: "#", dataIndex: "seq", width: 50, render: (v: number) => <span className="num">{v}</span> },
                { title: t("ledger.date"), dataIndex: "date", width: 110, render: (v: string) => <span className="num">{formatDate(v)}</span> },
                {
                  title: t("ledger.kind"),
                  dataIndex: "kind",
                  width: 170,
                  render: (v: LedgerEntry["kind"], e) => (
                    <>
                      {t(`ledger.entryKind.${v}`)}
                      {entryWhat(e) ? <Typography.Text type="secondary"> · {entryWhat(e)}</Typography.Text> : null}
                      {e.reversed ? <Tag color="default" style={{ marginLeft: 6 }}>{t("ledger.reversed")}</Tag> : null}
                    </>
                  ),
                },
                {
                  title: t("ledger.amount"),
                  dataIndex: "amountFen",
                  align: "right",
                  width: 150,
                  render: (v: number, e) => <span style={e.reversed ? { textDecoration: "line-through" } : undefined}><Money fen={v} /></span>,
                },
                { title: t("ledger.reference"), dataIndex: "reference", render: (v: string | null) => v ?? "—" },
                { title: t("ledger.note"), dataIndex: "note", render: (v: string | null) => v ?? "—" },
                { title: t("ledger.recordedBy"), dataIndex: "recordedBy", width: 100, render: (v: string | null) => v ?? "—" },
                ...(canWrite
                  ? [
                      {
                        title: t("common.actions"),
                        key: "actions",
                        width: 90,
                        render: (_: unknown, e: LedgerEntry) =>
                          e.reversed || e.kind === "reversal" ? null : (
                            <Button size="small" danger type="link" onClick={() => setDialog({ kind: "reversals", entry: e })} data-testid="ledger-reverse">
                              {t("ledger.reverse")}
                            </Button>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>

          <FormModal<Record<string, unknown>>
            open={dialog !== null}
            title={dialog ? t(`ledger.dialog.${dialog.kind}`) : ""}
            danger={dialog?.kind === "reversals"}
            pending={write.isPending}
            initialValues={
              dialog?.kind === "receipts"
                ? { source: "respondentPayment", date: today }
                : dialog?.kind === "payouts"
                  ? { payee: "applicant", date: today, amountFen: l.balances?.heldForPayoutByPayee.applicant || undefined }
                  : dialog?.kind === "fees"
                    ? { date: today, amountFen: l.balances?.heldForPayoutByPayee.court || undefined }
                    : dialog?.kind === "deductions"
                      ? { date: today }
                      : {}
            }
            onClose={() => setDialog(null)}
            testId="ledger-form"
            onSubmit={(v, form) => submit(dialog!.kind, dialog!.kind === "reversals" ? { ...v, entryId: dialog!.entry!.id } : v, form)}
          >
            {dialog?.kind === "receipts" ? (
              <Form.Item label={t("ledger.sourceLabel")} name="source" rules={[{ required: true, message: t("common.required") }]}>
                <Select data-testid="ledger-source" options={(["respondentPayment", "other"] as const).map((s) => ({ value: s, label: t(`ledger.source.${s}`) }))} />
              </Form.Item>
            ) : null}
            {dialog?.kind === "deductions" ? (
              <Form.Item label={t("ledger.measure")} name="measureId" rules={[{ required: true, message: t("common.required") }]} extra={t("ledger.deductHelp")}>
                <DeductionMeasureSelect caseId={detail.id} />
              </Form.Item>
            ) : null}
            {dialog?.kind === "payouts" ? (
              <Form.Item label={t("ledger.payee")} name="payee" rules={[{ required: true, message: t("common.required") }]}>
                <Select data-testid="ledger-payee" options={(["applicant", "respondent"] as const).map((p) => ({ value: p, label: label(PAYEE_LABELS[p]) }))} />
              </Form.Item>
            ) : null}
            {dialog?.kind === "reversals" && dialog.entry ? (
              <Typography.Paragraph>
                #{dialog.entry.seq} · {formatDate(dialog.entry.date)} · {t(`ledger.entryKind.${dialog.entry.kind}`)} · <Money fen={dialog.entry.amountFen} unit={yuan} />
              </Typography.Paragraph>
            ) : null}
            {dialog && dialog.kind !== "reversals" ? (
              <Form.Item label={t("ledger.amountYuan")} name="amountFen" rules={[{ required: true, message: t("common.amountInvalid") }]}>
                <YuanInput data-testid="ledger-amount" />
              </Form.Item>
            ) : null}
            <Form.Item label={t("ledger.date")} name="date" rules={dialog?.kind === "deductions" || dialog?.kind === "reversals" ? [] : [{ required: true, message: t("common.required") }]}>
              <DateInput data-testid="ledger-date" />
            </Form.Item>
            {dialog?.kind === "payouts" ? (
              <Form.Item label={t("ledger.reference")} name="reference" rules={[{ required: true, whitespace: true, message: t("common.required") }]} extra={t("ledger.referenceHelp")}>
                <Input maxLength={200} data-testid="ledger-reference" />
              </Form.Item>
            ) : null}
            {dialog?.kind === "reversals" ? (
              <Form.Item label={t("common.reason")} name="reason" rules={[{ required: true, whitespace: true, min: 2, message: t("common.required") }]}>
                <Input.TextArea rows={3} data-testid="ledger-reason" />
              </Form.Item>
            ) : null}
            {dialog?.kind === "receipts" || dialog?.kind === "deductions" ? (
              <Form.Item label={t("ledger.note")} name="note">
                <Input maxLength={500} data-testid="ledger-note" />
              </Form.Item>
            ) : null}
          </FormModal>
        </div>
      )}
    </QueryState>
  );
}

