import { useState } from "react";
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Radio, Select, Space, Table, Tag, Typography } from "antd";
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { citeSource } from "@zhixing/domain";
import type { CaseDetail, Citation, Lot, LotDisposalOption } from "../../../api/types";
import { CitationList } from "../../../components/CitationText";
import { DateInput } from "../../../components/DateInput";
import { FormModal } from "../../../components/FormModal";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { YuanInput } from "../../../components/YuanInput";
import { formatFen, formatShanghaiDateTime, todayShanghai } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useLocalized } from "../../../lib/useLocalized";
import type { LotAction } from "../api/auctions";
import { useConfirmPriority, useFixedSaleOutcome, useLot, useLotAction, useLotCreditors } from "../hooks/useAuctions";
import { wallClockToInstant } from "../lib";
import { ACTION_BASIS, lotActions, openTransfer, transfereeOf, type LotActionKey } from "../staff";
import { WallClockInput } from "./WallClockInput";
import { LotStatusTag } from "./LotStatusTag";

/** 网拍规定 art 19: the court confirms a priority holder and its rank. */
const PRIORITY_BASIS = [citeSource("onlineAuction", "art 19")];

const time = (iso: string | null | undefined) => (iso ? formatShanghaiDateTime(iso).slice(0, 16) : "—");

/** Action forms' values, one shape for all (each form uses its own fields). */
type ActionValues = {
  notifiedOn?: string;
  reason?: string;
  paidOn?: string;
  paymentReference?: string;
  servedOn?: string;
  handedOverOn?: string;
  on?: string;
  auctionCostLossFen?: number;
  note?: string;
  startsOn?: string;
  priceFen?: number;
  applicants?: { creditorId?: string; name?: string; rank?: number; claimFen?: number }[];
  drawnCreditorId?: string;
  postedOn?: string;
  suspendKind?: "postpone" | "stay";
  causeEndedOn?: string;
  startAt?: string;
  endAt?: string;
};

/** The request an action form sends. */
export function actionRequest(kind: LotActionKey, v: ActionValues, lot?: Lot): LotAction | null {
  const transfer = lot ? openTransfer(lot) : undefined;
  switch (kind) {
    case "notify":
      return { kind: "notify-parties", body: { notifiedOn: v.notifiedOn! } };
    case "announce":
      return { kind: "announce" };
    case "cancel":
      return { kind: "cancel", body: { reason: v.reason!.trim() } };
    case "close":
      return { kind: "close" };
    case "balancePaid":
      return { kind: "balance-paid", body: { paidOn: v.paidOn!, paymentReference: v.paymentReference!.trim() } };
    case "rulingServed":
      return { kind: "ruling-served", body: { servedOn: v.servedOn! } };
    case "handedOver":
      return { kind: "handed-over", body: { handedOverOn: v.handedOverOn! } };
    case "buyerDefault":
      return { kind: "buyer-default", body: { on: v.on!, auctionCostLossFen: v.auctionCostLossFen ?? 0, ...(v.note?.trim() ? { note: v.note.trim() } : {}) } };
    case "transferInLieu":
      return {
        kind: "transfer-in-lieu",
        body: {
          on: v.on!,
          applicants: (v.applicants ?? []).map((a) => ({
            creditorId: a.creditorId!.trim(),
            ...(a.rank !== undefined ? { rank: a.rank } : {}),
            ...(a.claimFen !== undefined ? { claimFen: a.claimFen } : {}),
          })),
          ...(v.drawnCreditorId?.trim() ? { drawnCreditorId: v.drawnCreditorId.trim() } : {}),
        },
      };
    case "posting":
      return { kind: "posting", body: { postedOn: v.postedOn!, reason: v.reason!.trim() } };
    case "suspend":
      return { kind: "suspend", body: { kind: v.suspendKind ?? "postpone", reason: v.reason!.trim(), on: v.on! } };
    case "causeEnded":
      return { kind: "suspension-ended", body: { causeEndedOn: v.causeEndedOn!, ...(v.note?.trim() ? { note: v.note.trim() } : {}) } };
    case "resume":
      return { kind: "resume", body: { startAt: wallClockToInstant(v.startAt)!, endAt: wallClockToInstant(v.endAt)! } };
    case "differencePaid":
      return transfer ? { kind: "transfer", disposalId: transfer.id, action: { kind: "difference-paid", body: { paidOn: v.paidOn!, paymentReference: v.paymentReference!.trim() } } } : null;
    case "transferRulingServed":
      return transfer ? { kind: "transfer", disposalId: transfer.id, action: { kind: "ruling-served", body: { servedOn: v.servedOn! } } } : null;
    case "transferHandedOver":
      return transfer ? { kind: "transfer", disposalId: transfer.id, action: { kind: "handed-over", body: { handedOverOn: v.handedOverOn! } } } : null;
    case "fixedPriceSale":
      return { kind: "fixed-price-sale", body: { startsOn: v.startsOn!, ...(v.priceFen !== undefined ? { priceFen: v.priceFen } : {}) } };
    case "management":
    case "releaseAndReturn":
      return { kind: "end-disposal", body: { kind, on: v.on!, note: v.note!.trim() } };
    default:
      return null; // reauction opens the lot form
  }
}

function optionOf(lot: Lot, kind: string): LotDisposalOption | undefined {
  return lot.next?.options.find((o) => o.kind === kind);
}

/** The action's fields (inside its FormModal). */
function ActionFields({ kind, lot, detail }: { kind: LotActionKey; lot: Lot; detail: CaseDetail }) {
  const { t } = useTranslation();
  const required = { required: true, message: t("common.required") };
  const date = (name: keyof ActionValues, labelKey: string) => (
    <Form.Item label={t(labelKey)} name={name} rules={[required]}>
      <DateInput data-testid={`lot-action-${name}`} />
    </Form.Item>
  );
  const note = (req: boolean) => (
    <Form.Item label={t("auction.staff.fields.note")} name="note" rules={req ? [{ ...required, whitespace: true, min: 2, message: t("auction.staff.fields.noteHelp") }] : [{ min: 2, message: t("auction.staff.fields.noteHelp") }]}>
      <Input.TextArea rows={3} maxLength={2000} data-testid="lot-action-note" />
    </Form.Item>
  );
  switch (kind) {
    case "notify":
      return (
        <>
          <Typography.Paragraph data-testid="lot-notify-help">{t("auction.staff.actions.notifyHelp", { date: lot.notifyPartiesBy, announcement: lot.announcementDate })}</Typography.Paragraph>
          {date("notifiedOn", "auction.staff.fields.notifiedOn")}
        </>
      );
    case "announce":
      return <Typography.Paragraph>{t("auction.staff.actions.announceConfirm", { date: todayShanghai(), start: time(lot.startAt) })}</Typography.Paragraph>;
    case "cancel":
      return (
        <>
          <Typography.Paragraph>{t("auction.staff.actions.cancelHelp")}</Typography.Paragraph>
          <Form.Item label={t("common.reason")} name="reason" rules={[{ ...required, whitespace: true, min: 2, message: t("auction.staff.fields.noteHelp") }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="lot-action-reason" />
          </Form.Item>
        </>
      );
    case "close":
      return <Typography.Paragraph>{t("auction.staff.actions.closeHelp", { end: time(lot.endAt) })}</Typography.Paragraph>;
    case "balancePaid":
      return (
        <>
          <Typography.Paragraph>
            {t("auction.staff.actions.balancePaidHelp", { price: formatFen(lot.result?.priceFen), balance: formatFen(lot.result?.balanceDueFen) })}
          </Typography.Paragraph>
          {date("paidOn", "auction.staff.fields.paidOn")}
          <Form.Item label={t("auction.staff.fields.paymentReference")} name="paymentReference" rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={200} data-testid="lot-action-paymentReference" />
          </Form.Item>
        </>
      );
    case "rulingServed":
      return (
        <>
          <Typography.Paragraph>{t("auction.staff.actions.rulingServedHelp")}</Typography.Paragraph>
          {date("servedOn", "auction.staff.fields.servedOn")}
        </>
      );
    case "handedOver":
      return date("handedOverOn", "auction.staff.fields.handedOverOn");
    case "buyerDefault":
      return (
        <>
          <Typography.Paragraph>{t("auction.staff.actions.buyerDefaultHelp", { deposit: formatFen(lot.result?.depositCreditedFen) })}</Typography.Paragraph>
          {date("on", "auction.staff.fields.on")}
          <Form.Item label={t("auction.staff.fields.auctionCostLossFen")} name="auctionCostLossFen" rules={[{ required: true, message: t("common.amountInvalid") }]}>
            <YuanInput data-testid="lot-action-cost-loss" />
          </Form.Item>
          {note(false)}
        </>
      );
    case "transferInLieu":
      return <TransferFields lot={lot} />;
    case "posting":
      return (
        <>
          <Typography.Paragraph>{t("auction.staff.actions.postingHelp")}</Typography.Paragraph>
          {date("postedOn", "auction.staff.fields.postedOn")}
          <Form.Item label={t("common.reason")} name="reason" rules={[{ ...required, whitespace: true, min: 2, message: t("auction.staff.fields.noteHelp") }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="lot-action-reason" />
          </Form.Item>
        </>
      );
    case "suspend":
      return (
        <>
          <Typography.Paragraph>{t("auction.staff.actions.suspendHelp")}</Typography.Paragraph>
          <Form.Item label={t("auction.staff.fields.suspendKind")} name="suspendKind" rules={[required]}>
            <Radio.Group
              options={(["postpone", "stay"] as const).map((k) => ({ value: k, label: t(`auction.staff.suspension.${k}`) }))}
              data-testid="lot-action-suspendKind"
            />
          </Form.Item>
          {date("on", "auction.staff.fields.on")}
          <Form.Item label={t("common.reason")} name="reason" rules={[{ ...required, whitespace: true, min: 2, message: t("auction.staff.fields.noteHelp") }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="lot-action-reason" />
          </Form.Item>
        </>
      );
    case "causeEnded":
      return (
        <>
          <Typography.Paragraph>{t("auction.staff.actions.causeEndedHelp")}</Typography.Paragraph>
          {date("causeEndedOn", "auction.staff.fields.causeEndedOn")}
          {note(false)}
        </>
      );
    case "resume":
      return (
        <>
          <Typography.Paragraph>{t("auction.staff.actions.resumeHelp", { date: todayShanghai() })}</Typography.Paragraph>
          <Form.Item label={t("auction.form.startAt")} name="startAt" rules={[required]}>
            <WallClockInput data-testid="lot-action-startAt" />
          </Form.Item>
          <Form.Item label={t("auction.form.endAt")} name="endAt" rules={[required]}>
            <WallClockInput data-testid="lot-action-endAt" />
          </Form.Item>
        </>
      );
    case "differencePaid": {
      const d = openTransfer(lot);
      return (
        <>
          <Typography.Paragraph>{t("auction.staff.actions.differencePaidHelp", { amount: formatFen(d ? transfereeOf(d).differenceDueFen : null) })}</Typography.Paragraph>
          {date("paidOn", "auction.staff.fields.paidOn")}
          <Form.Item label={t("auction.staff.fields.paymentReference")} name="paymentReference" rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={200} data-testid="lot-action-paymentReference" />
          </Form.Item>
        </>
      );
    }
    case "transferRulingServed":
      return (
        <>
          <Typography.Paragraph>{t("auction.staff.actions.transferRulingServedHelp")}</Typography.Paragraph>
          {date("servedOn", "auction.staff.fields.servedOn")}
        </>
      );
    case "transferHandedOver":
      return date("handedOverOn", "auction.staff.fields.handedOverOn");
    case "fixedPriceSale": {
      const o = optionOf(lot, "fixedPriceSale");
      return (
        <>
          <Typography.Paragraph>{t("auction.staff.actions.fixedPriceSaleHelp", { price: formatFen(o?.priceFen ?? lot.startingPriceFen) })}</Typography.Paragraph>
          {o?.phase ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={<LocalizedNote note={o.phase.note} />} /> : null}
          {date("startsOn", "auction.staff.fields.startsOn")}
          <Form.Item label={t("auction.staff.fields.priceFen")} name="priceFen">
            <YuanInput />
          </Form.Item>
        </>
      );
    }
    case "management":
    case "releaseAndReturn":
      return (
        <>
          {date("on", "auction.staff.fields.on")}
          {note(true)}
        </>
      );
    default:
      return null;
  }
}

/**
 * 拍卖变卖规定 art 16: the creditors who applied or agreed, chosen from the case (its applicant(s), other
 * courts' creditors with a measure on the asset), never typed in; a rank and another court's claim may be given.
 */
function TransferFields({ lot }: { lot: Lot }) {
  const { t } = useTranslation();
  const required = { required: true, message: t("common.required") };
  const creditors = useLotCreditors(lot.id, true);
  const items = creditors.data?.items ?? [];
  const o = optionOf(lot, "transferInLieu");
  return (
    <>
      <Typography.Paragraph>{t("auction.staff.actions.transferHelp", { price: formatFen(o?.priceFen) })}</Typography.Paragraph>
      <Form.Item label={t("auction.staff.fields.on")} name="on" rules={[required]}>
        <DateInput data-testid="lot-action-on" />
      </Form.Item>
      <Form.List name="applicants">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} wrap align="start" style={{ display: "flex" }} data-testid="lot-action-applicant">
                <Form.Item label={t("auction.staff.fields.creditor")} name={[f.name, "creditorId"]} rules={[required]}>
                  <Select
                    style={{ minWidth: 260 }}
                    loading={creditors.isLoading}
                    data-testid="lot-action-creditor"
                    options={items.map((c) => ({
                      value: c.creditorId,
                      label: `${c.name}${c.claimFen !== null ? ` · ${t("auction.staff.fields.claimFen")} ${formatFen(c.claimFen)}` : ""} · ${t("auction.staff.fields.rank")} ${c.rank}`,
                    }))}
                  />
                </Form.Item>
                <Form.Item label={t("auction.staff.fields.rank")} name={[f.name, "rank"]}>
                  <InputNumber min={1} max={99} precision={0} />
                </Form.Item>
                <Form.Item label={t("auction.staff.fields.claimFen")} name={[f.name, "claimFen"]} extra={t("auction.staff.fields.claimHelp")}>
                  <YuanInput />
                </Form.Item>
                <Button type="text" icon={<MinusCircleOutlined />} aria-label={t("common.remove")} onClick={() => remove(f.name)} style={{ marginTop: 30 }} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} disabled={fields.length >= items.length && items.length > 0}>
              {t("auction.staff.fields.addCreditor")}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item label={t("auction.staff.fields.drawnCreditorId")} name="drawnCreditorId" extra={t("auction.staff.fields.drawnHelp")} style={{ marginTop: 12 }}>
        <Select allowClear options={items.map((c) => ({ value: c.creditorId, label: c.name }))} />
      </Form.Item>
    </>
  );
}

/** The steps issue 4 added: posting as notice, suspension, the deposit moved to the court, the transfer in lieu's ruling and set-off. */
export function AfterSaleNotes({ lot }: { lot: Lot }) {
  const { t } = useTranslation();
  const s = lot.suspension;
  const p = lot.posting;
  const r = lot.result;
  const d = openTransfer(lot) ?? lot.disposals.find((x) => x.kind === "transferInLieu");
  const tr = d ? transfereeOf(d) : null;
  return (
    <>
      {p ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="lot-posting"
          title={t("auction.staff.postingNote", { on: p.startedOn, deemed: p.deemedNotifiedOn, reason: p.reason })}
        />
      ) : null}
      {s && lot.status === "suspended" ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="lot-suspension"
          title={t("auction.staff.suspensionNote", { kind: t(`auction.staff.suspension.${s.kind}`), on: s.on, reason: s.reason })}
          description={s.resumeBy ? t("auction.staff.resumeBy", { ended: s.causeEndedOn, due: s.resumeBy }) : t("auction.staff.causeOpen")}
        />
      ) : null}
      {s?.resumedOn ? <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="lot-resumed" title={t("auction.staff.resumedNote", { on: s.resumedOn, kind: t(`auction.staff.suspension.${s.kind}`) })} /> : null}
      {r?.kind === "sold" && (r.depositCreditedFen ?? 0) > 0 ? (
        <Alert
          type={r.depositTransferredAt ? "success" : "info"}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="lot-deposit-transfer"
          data-transferred={r.depositTransferredAt ? "yes" : "no"}
          title={
            r.depositTransferredAt
              ? t("auction.staff.depositTransferred", { amount: formatFen(r.depositCreditedFen), at: time(r.depositTransferredAt), ref: r.depositTransferReference ?? "" })
              : t("auction.staff.depositTransferPending", { amount: formatFen(r.depositCreditedFen), due: time(r.depositTransferDueAt) })
          }
        />
      ) : null}
      {d && tr ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="lot-transfer"
          title={t("auction.staff.transferNote", { name: tr.name ?? "", price: formatFen(d.priceFen), setOff: formatFen(tr.setOffFen ?? 0), difference: formatFen(tr.differenceDueFen ?? 0) })}
          description={[
            d.differencePaidOn ? t("auction.staff.transferDifferencePaid", { on: d.differencePaidOn }) : null,
            d.rulingServedOn ? t("auction.staff.transferRulingServed", { on: d.rulingServedOn }) : null,
            d.handedOverOn ? t("auction.staff.transferHandedOver", { on: d.handedOverOn }) : null,
          ]
            .filter(Boolean)
            .join("；")}
        />
      ) : null}
    </>
  );
}

function LocalizedNote({ note }: { note: { zh: string; en: string } }) {
  const label = useLocalized();
  return <>{label(note)}</>;
}

function initialFor(kind: LotActionKey, lot: Lot, detail: CaseDetail): ActionValues {
  const today = todayShanghai();
  switch (kind) {
    case "notify":
      return { notifiedOn: lot.notifyPartiesBy < today ? lot.notifyPartiesBy : today };
    case "balancePaid":
      return { paidOn: today };
    case "rulingServed":
      return { servedOn: today };
    case "handedOver":
      return { handedOverOn: today };
    case "buyerDefault":
      return { on: today, auctionCostLossFen: 0 };
    case "transferInLieu":
      return { on: today, applicants: detail.parties.filter((p) => p.role === "applicant").slice(0, 1).map((p) => ({ creditorId: `party:${p.id}` })) };
    case "posting":
      return { postedOn: today };
    case "suspend":
      return { on: today, suspendKind: "postpone" };
    case "causeEnded":
      return { causeEndedOn: today };
    case "differencePaid":
      return { paidOn: today };
    case "transferRulingServed":
      return { servedOn: today };
    case "transferHandedOver":
      return { handedOverOn: today };
    case "fixedPriceSale":
      return { startsOn: today };
    case "management":
    case "releaseAndReturn":
      return { on: today };
    default:
      return {};
  }
}

/** One officer's lot: its figures, bidders, result, what may follow a failure, clocks, and the actions its state allows. */
export function LotManagement({ lotId, detail, canAct, onReauction }: { lotId: string; detail: CaseDetail; canAct: boolean; onReauction: (lot: Lot) => void }) {
  const query = useLot(lotId);
  return <QueryState query={query} rows={8}>{(lot) => <LotManagementView lot={lot} detail={detail} canAct={canAct} onReauction={onReauction} />}</QueryState>;
}

export function LotManagementView({ lot, detail, canAct, onReauction }: { lot: Lot; detail: CaseDetail; canAct: boolean; onReauction: (lot: Lot) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const action = useLotAction(detail.id, lot.id);
  const priority = useConfirmPriority(detail.id, lot.id);
  const saleOutcome = useFixedSaleOutcome(detail.id, lot.id);
  const [dialog, setDialog] = useState<LotActionKey | null>(null);
  const [rankFor, setRankFor] = useState<string | null>(null);
  const [outcomeFor, setOutcomeFor] = useState<string | null>(null);
  const yuan = t("common.yuan");
  const actions = canAct ? lotActions(lot) : [];
  const basisOf = (k: LotActionKey): Citation[] => optionOf(lot, k)?.basis ?? ACTION_BASIS[k];
  const r = lot.result;

  return (
    <div data-testid="lot-manage" data-lot-id={lot.id} data-status={lot.status} data-phase={lot.phase}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {lot.title}
        </Typography.Title>
        <LotStatusTag status={lot.phase} />
        <Tag>{t(`auction.staff.reason.${lot.reason}`)}</Tag>
        {lot.status !== "draft" ? (
          <Link to={`/auctions/${lot.id}`} target="_blank" data-testid="lot-public-link">
            {t("auction.staff.publicPage")}
          </Link>
        ) : null}
      </Space>
      {actions.length ? (
        <Space wrap style={{ marginBottom: 12, display: "flex" }} data-testid="lot-actions">
          {actions.map((k) => (
            <Button
              key={k}
              type={k === "announce" || k === "close" || k === "balancePaid" || k === "reauction" ? "primary" : "default"}
              danger={k === "cancel" || k === "buyerDefault"}
              onClick={() => (k === "reauction" ? onReauction(lot) : setDialog(k))}
              data-testid={`lot-action-${k}`}
            >
              {t(`auction.staff.actions.${k}`)}
            </Button>
          ))}
        </Space>
      ) : null}
      {lot.laterLotId ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t("auction.staff.laterLot")} data-testid="lot-later" /> : null}
      {lot.cancelReason ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t("common.labelValue", { label: t("auction.staff.cancelReason"), value: lot.cancelReason })} /> : null}
      <AfterSaleNotes lot={lot} />

      <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} data-testid="lot-manage-figures" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t("auction.referencePrice")}>
          <Money fen={lot.referencePriceFen} unit={yuan} />
          <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)", overflowWrap: "anywhere" }}>
            {lot.referenceSource === "valuation" ? t("auction.referenceFromValuation") : t("auction.referenceFromDocument", { doc: lot.referenceDocument ?? "—" })}
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t("auction.startingPrice")}>
          <Money fen={lot.startingPriceFen} unit={yuan} />
          <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }}>{t("auction.form.minimumHint", { amount: formatFen(lot.minimumStartingPriceFen) })}</div>
        </Descriptions.Item>
        <Descriptions.Item label={t("auction.deposit")}>
          <Money fen={lot.depositFen} unit={yuan} />
          <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }}>{t("auction.form.depositHint", { min: formatFen(lot.depositRange.minFen), max: formatFen(lot.depositRange.maxFen) })}</div>
        </Descriptions.Item>
        <Descriptions.Item label={t("auction.increment")}>
          <Money fen={lot.incrementFen} unit={yuan} />
        </Descriptions.Item>
        <Descriptions.Item label={t("auction.staff.announcementDate")}>
          <span className="num">{lot.announcementDate}</span>
          {lot.announcedAt ? <div style={{ fontSize: 12 }}>{t("auction.staff.announcedAt", { at: time(lot.announcedAt) })}</div> : null}
        </Descriptions.Item>
        <Descriptions.Item label={t("auction.staff.notifyBy")}>
          <span className="num" data-testid="lot-notify-by" data-date={lot.notifyPartiesBy}>
            {lot.notifyPartiesBy}
          </span>
          <div style={{ fontSize: 12 }} data-testid="lot-notified-on">
            {lot.partiesNotifiedOn ? t("auction.staff.notifiedOn", { date: lot.partiesNotifiedOn }) : t("auction.staff.notNotified")}
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t("auction.startAt")}>
          <span className="num">{time(lot.startAt)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("auction.endAt")}>
          <span className="num" data-testid="lot-manage-end" data-end-at={lot.endAt}>
            {time(lot.endAt)}
          </span>
          {lot.endAt !== lot.scheduledEndAt ? (
            <div style={{ fontSize: 12 }}>
              <Tag color="orange">{t("auction.extended")}</Tag>
              {t("common.labelValue", { label: t("auction.scheduledEnd"), value: time(lot.scheduledEndAt) })}
            </div>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t("auction.currentPrice")}>
          {lot.priceFen !== null ? <Money fen={lot.priceFen} unit={yuan} /> : "—"}
          {lot.leaderAlias ? <div style={{ fontSize: 12 }}>{t("common.labelValue", { label: t("auction.leader"), value: lot.leaderAlias })}</div> : null}
          <div style={{ fontSize: 12 }}>{t("auction.bidCountN", { count: lot.bidCount })}</div>
        </Descriptions.Item>
      </Descriptions>

      {r ? (
        <Card size="small" title={t("auction.staff.result")} style={{ marginBottom: 16 }} data-testid="lot-manage-result" data-result={r.kind}>
          {r.kind === "sold" ? (
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t("auction.staff.buyer")}>
                <span data-testid="lot-buyer">
                  {r.buyerName ?? "—"} ({r.buyerAlias})
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t("auction.staff.price")}>
                <span data-testid="lot-sold-price">
                  <Money fen={r.priceFen} unit={yuan} />
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t("auction.staff.depositCredited")}>
                <Money fen={r.depositCreditedFen} unit={yuan} />
              </Descriptions.Item>
              <Descriptions.Item label={t("auction.staff.balanceDue")}>
                <Money fen={r.balanceDueFen} unit={yuan} />
              </Descriptions.Item>
              <Descriptions.Item label={t("auction.staff.balancePaidOn")}>
                <span data-testid="lot-balance-paid">{r.balancePaidOn ?? "—"}</span>
                {r.proceedsEntryId ? (
                  <Tag color="green" style={{ marginLeft: 6 }} data-testid="lot-proceeds-in-ledger">
                    {t("auction.staff.proceeds")}
                  </Tag>
                ) : null}
              </Descriptions.Item>
              <Descriptions.Item label={t("auction.staff.rulingServedOn")}>{r.rulingServedOn ?? "—"}</Descriptions.Item>
              <Descriptions.Item label={t("auction.staff.ownershipPassedOn")}>{r.ownershipPassedOn ?? "—"}</Descriptions.Item>
              <Descriptions.Item label={t("auction.staff.handedOverOn")}>{r.handedOverOn ?? "—"}</Descriptions.Item>
              {r.defaultedOn ? <Descriptions.Item label={t("auction.staff.defaultedOn")}>{r.defaultedOn}</Descriptions.Item> : null}
              <Descriptions.Item label={t("auction.bidder.refundDue")}>{time(r.refundDueAt)}</Descriptions.Item>
            </Descriptions>
          ) : (
            <Typography.Paragraph style={{ margin: 0 }}>{t("auction.result.failed")}</Typography.Paragraph>
          )}
          <CitationList items={r.basis} />
        </Card>
      ) : null}

      {lot.next ? (
        <Card size="small" title={t("auction.staff.next")} style={{ marginBottom: 16 }} data-testid="lot-next">
          <Typography.Paragraph>{t("auction.staff.prescribed", { what: t(`auction.staff.actions.${lot.next.prescribed}`, { defaultValue: lot.next.prescribed }) })}</Typography.Paragraph>
          <ul style={{ paddingLeft: 20, margin: 0 }}>
            {lot.next.options.map((o) => (
              <li key={o.kind} data-testid="lot-next-option" data-kind={o.kind} style={{ marginBottom: 6 }}>
                <strong>{t(`auction.staff.actions.${o.kind}`, { defaultValue: o.kind })}</strong>
                {o.kind === "reauction" ? <span> — {t("auction.staff.reauctionWindow", { earliest: o.earliestStart ?? "—", latest: o.latestStart ?? "—", min: formatFen(o.minimumStartingPriceFen) })}</span> : null}
                {o.kind === "transferInLieu" ? <span> — {t("auction.staff.transferPrice", { price: formatFen(o.priceFen) })}</span> : null}
                {o.kind === "fixedPriceSale" && o.phase ? (
                  <span> — {t("auction.staff.salePhase", { price: formatFen(o.phase.priceFen), from: o.phase.startsOn, to: o.phase.endsOn })}</span>
                ) : null}
                <CitationList items={o.basis} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {lot.disposals.length ? (
        <Card size="small" title={t("auction.staff.disposals")} style={{ marginBottom: 16 }}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={lot.disposals}
            scroll={{ x: 640 }}
            onRow={(d) => ({ "data-testid": "lot-disposal", "data-kind": d.kind, "data-status": d.status }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t("auction.staff.disposalKind"), dataIndex: "kind", render: (k: string) => t(`auction.staff.actions.${k}`, { defaultValue: k }) },
              { title: t("auction.staff.phase"), dataIndex: "status", render: (s: string) => t(`auction.staff.disposalStatus.${s}`, { defaultValue: s }) },
              { title: t("auction.staff.price"), dataIndex: "priceFen", align: "right", render: (v: number | null) => (v === null ? "—" : <Money fen={v} />) },
              { title: t("auction.staff.period"), key: "period", render: (_, d) => (d.startsOn ? `${d.startsOn} – ${d.endsOn ?? ""}` : d.decidedOn) },
              {
                title: t("common.actions"),
                key: "actions",
                render: (_, d) =>
                  canAct && d.kind === "fixedPriceSale" && d.status === "open" ? (
                    <Button size="small" onClick={() => setOutcomeFor(d.id)} data-testid="lot-sale-outcome">
                      {t("auction.staff.actions.saleOutcome")}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
      ) : null}

      <Card size="small" title={t("auction.staff.registrations")} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t("auction.staff.registrationsNote")}
        </Typography.Paragraph>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={lot.registrations}
          scroll={{ x: 760 }}
          locale={{ emptyText: <EmptyState text={t("auction.staff.noRegistrations")} /> }}
          onRow={(g) => ({ "data-testid": "lot-registration", "data-alias": g.alias, "data-deposit-status": g.depositStatus }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t("auction.alias"), dataIndex: "alias" },
            {
              title: t("auction.staff.name"),
              dataIndex: "name",
              render: (n: string, g) => (
                <>
                  {n}
                  {g.isApplicant ? <Tag style={{ marginLeft: 4 }}>{t("auction.staff.applicantTag")}</Tag> : null}
                </>
              ),
            },
            { title: t("auction.bidder.depositDue"), dataIndex: "depositDueFen", align: "right", render: (v: number) => <Money fen={v} /> },
            { title: t("auction.staff.depositStatus"), dataIndex: "depositStatus", render: (s: string) => t(`auction.bidder.depositStatus.${s}`, { defaultValue: s }) },
            {
              title: t("auction.staff.priorityRank"),
              dataIndex: "priorityRank",
              render: (v: number | null, g) =>
                v !== null ? (
                  <Tag color="purple">{t("auction.staff.rankN", { rank: v })}</Tag>
                ) : canAct && lot.status !== "sold" && lot.status !== "failed" && lot.status !== "cancelled" && lot.phase !== "ended" ? (
                  <Button size="small" onClick={() => setRankFor(g.id)} data-testid="lot-confirm-priority">
                    {t("auction.staff.confirmPriority")}
                  </Button>
                ) : (
                  "—"
                ),
            },
            { title: t("auction.bidder.refundDue"), key: "refund", render: (_, g) => (g.refundedAt ? t("auction.bidder.refundedAt", { at: time(g.refundedAt) }) : time(g.refundDueAt)) },
          ]}
        />
        {lot.barredBidders.length ? (
          <Typography.Paragraph style={{ marginTop: 8 }} data-testid="lot-barred">
            {t("common.labelValue", { label: t("auction.staff.barred"), value: lot.barredBidders.map((b) => b.name).join(t("common.listSep")) })}
          </Typography.Paragraph>
        ) : null}
      </Card>

      <Card size="small" title={t("auction.staff.clocks")}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={lot.clocks}
          scroll={{ x: 560 }}
          locale={{ emptyText: <EmptyState /> }}
          onRow={(c) => ({ "data-testid": "lot-clock", "data-kind": c.kind, "data-status": c.status }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t("clock.kind"), dataIndex: "kind", render: (k: string) => t(`clockKind.${k}`, { defaultValue: k }) },
            { title: t("auction.staff.clockDue"), dataIndex: "dueDate", render: (v: string) => <span className="num">{v}</span> },
            { title: t("clock.status"), dataIndex: "status", render: (s: string) => t(`clockStatus.${s}`, { defaultValue: s }) },
            { title: t("auction.staff.clockMet"), dataIndex: "metDate", render: (v: string | null) => v ?? "—" },
          ]}
        />
      </Card>

      {dialog ? (
        <FormModal<ActionValues>
          open
          title={t(`auction.staff.actions.${dialog}`)}
          danger={dialog === "cancel" || dialog === "buyerDefault" || dialog === "releaseAndReturn"}
          pending={action.isPending}
          initialValues={initialFor(dialog, lot, detail)}
          onClose={() => setDialog(null)}
          testId={`lot-dialog-${dialog}`}
          onSubmit={(v, form) => {
            const req = actionRequest(dialog, v, lot);
            if (!req) return;
            action.mutate(req, {
              onSuccess: () => {
                setDialog(null);
                void message.success(t("auction.staff.done"));
              },
              onError: (e) => showError(e, form),
            });
          }}
        >
          <ActionFields kind={dialog} lot={lot} detail={detail} />
          <CitationList items={basisOf(dialog)} />
        </FormModal>
      ) : null}

      <FormModal<{ rank?: number }>
        open={rankFor !== null}
        title={t("auction.staff.confirmPriority")}
        pending={priority.isPending}
        initialValues={{ rank: 1 }}
        onClose={() => setRankFor(null)}
        testId="lot-dialog-priority"
        onSubmit={(v, form) =>
          priority.mutate(
            { registrationId: rankFor!, rank: v.rank ?? 1 },
            { onSuccess: () => setRankFor(null), onError: (e) => showError(e, form) },
          )
        }
      >
        <Form.Item label={t("auction.staff.fields.rank")} name="rank" rules={[{ required: true, message: t("common.required") }]}>
          <InputNumber min={1} max={99} precision={0} />
        </Form.Item>
        <CitationList items={PRIORITY_BASIS} />
      </FormModal>

      <FormModal<{ outcome: "sold" | "unsold"; on?: string; buyerName?: string; paymentReference?: string }>
        open={outcomeFor !== null}
        title={t("auction.staff.actions.saleOutcome")}
        pending={saleOutcome.isPending}
        initialValues={{ outcome: "sold", on: todayShanghai() }}
        onClose={() => setOutcomeFor(null)}
        testId="lot-dialog-sale-outcome"
        onSubmit={(v, form) =>
          saleOutcome.mutate(
            { disposalId: outcomeFor!, outcome: v.outcome, on: v.on!, ...(v.buyerName ? { buyerName: v.buyerName } : {}), ...(v.paymentReference ? { paymentReference: v.paymentReference } : {}) },
            { onSuccess: () => setOutcomeFor(null), onError: (e) => showError(e, form) },
          )
        }
      >
        <Form.Item name="outcome" label={t("auction.staff.fields.outcome")}>
          <Radio.Group options={[{ value: "sold", label: t("auction.staff.disposalStatus.sold") }, { value: "unsold", label: t("auction.staff.disposalStatus.unsold") }]} />
        </Form.Item>
        <Form.Item label={t("auction.staff.fields.on")} name="on" rules={[{ required: true, message: t("common.required") }]}>
          <DateInput />
        </Form.Item>
        <Form.Item label={t("auction.staff.fields.buyerName")} name="buyerName">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t("auction.staff.fields.paymentReference")} name="paymentReference">
          <Input maxLength={200} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
