// The handler's and division head's buttons on a valuation: only those the procedure allows now
// (allowedValuationActions), each with the form the API asks for; the server checks again.
import { useState, type ReactNode } from "react";
import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Radio, Select, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { citeSource, REVIEW_DEFECT_INFO, REVIEW_DEFECTS, SUSPENSION_GROUND_INFO, SUSPENSION_GROUNDS, WITHDRAWAL_GROUND_INFO, WITHDRAWAL_GROUNDS } from "@zhixing/domain";
import type { Valuation } from "../../../api/types";
import { DateInput } from "../../../components/DateInput";
import { FormModal } from "../../../components/FormModal";
import { YuanInput } from "../../../components/YuanInput";
import { formatCitation, formatDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useLocalized } from "../../../lib/useLocalized";
import {
  collectAppraisal,
  collectOnline,
  collectReissue,
  collectReview,
  orderReview,
  requestReissue,
  resumeValuation,
  suspendValuation,
  withdrawValuation,
  type SuspendInput,
  type WithdrawInput,
  commissionNextAgency,
  commissionOnline,
  evaluateAgreement,
  fixReferencePrice,
  grantExtension,
  recordDirectedResult,
  recordOnlineCorrection,
  recordSaleStart,
  reviewOnline,
  selectAgencies,
  submitAgreement,
} from "../api/valuations";
import { useValuationAction, useValuationAgencies } from "../hooks/useValuations";
import { allowedValuationActions, type ValuationAction } from "../valuation";
import { NextMethodModal } from "./MethodModals";

type Modal = Exclude<ValuationAction, "onlineCollect" | "collectAppraisal" | "commissionAgency" | "reviewCollect" | "reissueCollect" | "reissue"> | null;

/** Withdrawal grounds the officer chooses (caseClosed is the closure's own). */
const OFFICER_WITHDRAWAL_GROUNDS = WITHDRAWAL_GROUNDS.filter((g) => g !== "caseClosed");

const P = (article: string) => citeSource("referencePrice", article);

export function ValuationActions({ v }: { v: Valuation }) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const { message, modal } = App.useApp();
  const act = useValuationAction(v.caseId);
  const showError = useApiError();
  const [open, setOpen] = useState<Modal>(null);
  const allowed = allowedValuationActions(v);
  const agencies = useValuationAgencies(v.asset.type, allowed.includes("chooseAgencies"));
  if (allowed.length === 0) return null;
  const close = () => setOpen(null);
  const cite = (a: string) => formatCitation(P(a), i18n.language);

  /** Send a write; success message; errors on the form's fields or as a toast. */
  const run = (call: () => Promise<Valuation>, done: string, form?: Parameters<typeof showError>[1]) =>
    act.mutate(call, {
      onSuccess: () => {
        message.success(done);
        close();
      },
      onError: (e) => showError(e, form),
    });

  const confirm = (title: string, content: ReactNode, ok: string, call: () => Promise<Valuation>, done: string, testId: string) =>
    void modal.confirm({
      title,
      content,
      okText: ok,
      cancelText: t("common.cancel"),
      okButtonProps: { "data-testid": `${testId}-ok` } as never,
      onOk: async () => {
        try {
          await act.mutateAsync(call);
          message.success(done);
        } catch (e) {
          showError(e);
        }
      },
    });

  const button = (a: ValuationAction, onClick: () => void, primary = false) => (
    <Button
      key={a}
      type={primary ? "primary" : "default"}
      danger={a === "withdraw"}
      onClick={onClick}
      loading={act.isPending && (a === "onlineCollect" || a === "collectAppraisal" || a === "reviewCollect" || a === "reissueCollect")}
      data-testid={`valuation-action-${a}`}
    >
      {t(`valuation.actions.${a}`)}
    </Button>
  );

  const buttons: Record<ValuationAction, () => ReactNode> = {
    next: () => button("next", () => setOpen("next")),
    agreementSubmit: () => button("agreementSubmit", () => setOpen("agreementSubmit"), true),
    agreementEvaluate: () => button("agreementEvaluate", () => setOpen("agreementEvaluate")),
    directedResult: () => button("directedResult", () => setOpen("directedResult"), true),
    onlineCommission: () => button("onlineCommission", () => setOpen("onlineCommission"), true),
    onlineCollect: () => button("onlineCollect", () => run(() => collectOnline(v.id), t("valuation.done.collected")), true),
    onlineReview: () => button("onlineReview", () => setOpen("onlineReview"), true),
    onlineCorrection: () => button("onlineCorrection", () => setOpen("onlineCorrection")),
    chooseAgencies: () => button("chooseAgencies", () => setOpen("chooseAgencies"), true),
    commissionAgency: () =>
      button("commissionAgency", () =>
        confirm(t("valuation.actions.commissionAgency"), t("valuation.appraisal.commissionHelp", { basis: cite("art 17") }), t("valuation.actions.commissionAgency"), () => commissionNextAgency(v.id), t("valuation.done.commissioned"), "valuation-commission-agency"),
      true),
    collectAppraisal: () => button("collectAppraisal", () => run(() => collectAppraisal(v.id), t("valuation.done.collected")), true),
    extension: () => button("extension", () => setOpen("extension")),
    fixPrice: () => button("fixPrice", () => setOpen("fixPrice"), true),
    saleStart: () => button("saleStart", () => setOpen("saleStart"), true),
    suspend: () => button("suspend", () => setOpen("suspend")),
    resume: () => button("resume", () => setOpen("resume"), true),
    withdraw: () => button("withdraw", () => setOpen("withdraw")),
    reviewOrder: () => button("reviewOrder", () => setOpen("reviewOrder")),
    reviewCollect: () => button("reviewCollect", () => run(() => collectReview(v.id), t("valuation.done.collected")), true),
    reissue: () =>
      button("reissue", () =>
        confirm(
          t("valuation.actions.reissue"),
          t(v.method === "onlineInquiry" ? "valuation.reissue.helpOnline" : "valuation.reissue.helpAppraisal", {
            valid: formatDate(v.referencePrice?.validUntil),
            basis: cite(v.method === "onlineInquiry" ? "art 11 para 4" : "art 19 para 4"),
          }),
          t("valuation.actions.reissue"),
          () => requestReissue(v.id),
          t("valuation.done.reissueRequested"),
          "valuation-reissue",
        ),
      true),
    reissueCollect: () => button("reissueCollect", () => run(() => collectReissue(v.id), t("valuation.done.collected")), true),
  };

  const working = v.appraisal?.agencies.find((a) => a.status === "commissioned");
  const online = v.online;
  const onTime = online?.platforms.filter((p) => p.onTime) ?? [];
  const toCorrect = online?.platforms.filter((p) => p.defective && !p.correctedDate) ?? [];

  return (
    <div data-testid="valuation-actions" style={{ marginBottom: 12 }}>
      <Space wrap>{allowed.map((a) => buttons[a]())}</Space>

      {open === "next" ? <NextMethodModal v={v} open onClose={close} /> : null}

      <FormModal<{ partyId: string; priceFen: number; submittedDate?: string; validUntil?: string }>
        open={open === "agreementSubmit"}
        title={t("valuation.actions.agreementSubmit")}
        pending={act.isPending}
        onClose={close}
        testId="valuation-submission-form"
        onSubmit={(x, form) => run(() => submitAgreement(v.id, { partyId: x.partyId, priceFen: x.priceFen, ...(x.submittedDate ? { submittedDate: x.submittedDate } : {}), ...(x.validUntil ? { validUntil: x.validUntil } : {}) }), t("valuation.done.saved"), form)}
      >
        <Typography.Paragraph type="secondary">{t("valuation.agreement.submitHelp", { basis: cite("art 4") })}</Typography.Paragraph>
        <Form.Item label={t("valuation.agreement.party")} name="partyId" rules={[{ required: true, message: t("common.required") }]}>
          <Select
            data-testid="valuation-submission-party"
            options={(v.agreement?.parties ?? [])
              .filter((p) => !v.agreement?.submissions.some((s) => s.partyId === p.partyId))
              .map((p) => ({ value: p.partyId, label: `${t(`partyRole.${p.side}`)} · ${p.name}` }))}
          />
        </Form.Item>
        <Form.Item label={t("valuation.agreement.price")} name="priceFen" rules={[{ required: true, message: t("common.amountInvalid") }]}>
          <YuanInput data-testid="valuation-submission-price" />
        </Form.Item>
        <Form.Item label={t("valuation.agreement.submittedDate")} name="submittedDate" extra={t("valuation.defaultToday")}>
          <DateInput />
        </Form.Item>
        <Form.Item label={t("valuation.agreement.validUntil")} name="validUntil" extra={t("valuation.agreement.validUntilHelp", { basis: cite("art 27 para 2") })}>
          <DateInput />
        </Form.Item>
      </FormModal>

      <FormModal<{ harmsOthers?: boolean }>
        open={open === "agreementEvaluate"}
        title={t("valuation.actions.agreementEvaluate")}
        pending={act.isPending}
        onClose={close}
        testId="valuation-evaluate-form"
        onSubmit={(x, form) => run(() => evaluateAgreement(v.id, x.harmsOthers ? { harmsOthers: true } : {}), t("valuation.done.evaluated"), form)}
      >
        <Typography.Paragraph type="secondary">{t("valuation.agreement.evaluateHelp", { basis: cite("art 4 para 2") })}</Typography.Paragraph>
        <Form.Item name="harmsOthers" valuePropName="checked">
          <Checkbox>{t("valuation.agreement.harmsOthers")}</Checkbox>
        </Form.Item>
      </FormModal>

      <FormModal<{ outcome: "result" | "noResult"; resultFen?: number; reportDate?: string; validUntil?: string; reportNo?: string; note?: string }>
        open={open === "directedResult"}
        title={t("valuation.actions.directedResult")}
        pending={act.isPending}
        onClose={close}
        testId="valuation-directed-form"
        initialValues={{ outcome: "result" }}
        onSubmit={(x, form) =>
          run(
            () =>
              recordDirectedResult(
                v.id,
                x.outcome === "noResult"
                  ? { outcome: "noResult", note: (x.note ?? "").trim() }
                  : { outcome: "result", resultFen: x.resultFen!, reportDate: x.reportDate!, ...(x.validUntil ? { validUntil: x.validUntil } : {}), ...(x.reportNo?.trim() ? { reportNo: x.reportNo.trim() } : {}) },
              ),
            t("valuation.done.saved"),
            form,
          )
        }
      >
        <Typography.Paragraph type="secondary">
          {t("valuation.directed.help", { institution: v.directedInquiry?.institution ?? "—", date: formatDate(v.directedInquiry?.dueDate), basis: cite("art 6") })}
        </Typography.Paragraph>
        <Form.Item name="outcome">
          <Radio.Group>
            <Radio value="result">{t("valuation.directed.result")}</Radio>
            <Radio value="noResult">{t("valuation.directed.noResult")}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.outcome !== b.outcome}>
          {({ getFieldValue }) =>
            getFieldValue("outcome") === "noResult" ? (
              <Form.Item label={t("valuation.directed.noResultNote")} name="note" rules={[{ required: true, whitespace: true, min: 2, message: t("valuation.tooShort") }]}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
            ) : (
              <>
                <Form.Item label={t("valuation.directed.resultFen")} name="resultFen" rules={[{ required: true, message: t("common.amountInvalid") }]}>
                  <YuanInput />
                </Form.Item>
                <Form.Item label={t("valuation.reports.reportDate")} name="reportDate" rules={[{ required: true, message: t("common.required") }]}>
                  <DateInput />
                </Form.Item>
                <Form.Item label={t("valuation.reports.validUntil")} name="validUntil" extra={t("valuation.directed.validUntilHelp")}>
                  <DateInput />
                </Form.Item>
                <Form.Item label={t("valuation.reports.reportNo")} name="reportNo">
                  <Input maxLength={100} />
                </Form.Item>
              </>
            )
          }
        </Form.Item>
      </FormModal>

      <FormModal<{ purpose?: string }>
        open={open === "onlineCommission"}
        title={t("valuation.actions.onlineCommission")}
        pending={act.isPending}
        onClose={close}
        testId="valuation-commission-form"
        onSubmit={(x, form) => run(() => commissionOnline(v.id, x.purpose?.trim() ? { purpose: x.purpose.trim() } : {}), t("valuation.done.commissioned"), form)}
      >
        <Typography.Paragraph type="secondary">{t("valuation.online.commissionHelp", { basis: `${cite("art 10")}${t("common.citationSep")}${cite("art 11")}` })}</Typography.Paragraph>
        <Form.Item label={t("valuation.online.purpose")} name="purpose">
          <Input maxLength={500} />
        </Form.Item>
      </FormModal>

      <FormModal<{ defective?: string[] }>
        open={open === "onlineReview"}
        title={t("valuation.actions.onlineReview")}
        pending={act.isPending}
        onClose={close}
        testId="valuation-review-form"
        onSubmit={(x, form) => run(() => reviewOnline(v.id, x.defective?.length ? { defective: x.defective } : {}), t("valuation.done.reviewed"), form)}
      >
        <Typography.Paragraph type="secondary">{t("valuation.online.reviewHelp", { basis: cite("art 12") })}</Typography.Paragraph>
        {online?.correctionNoticeDate ? (
          <Alert type="info" style={{ marginBottom: 12 }} title={t("valuation.online.reviewAgain", { date: formatDate(online.correctionNoticeDate) })} />
        ) : (
          <Form.Item label={t("valuation.online.defective")} name="defective">
            <Checkbox.Group options={onTime.map((p) => ({ value: p.platformId, label: p.name }))} />
          </Form.Item>
        )}
      </FormModal>

      <FormModal<{ platformId: string; resultFen: number; reportDate?: string }>
        open={open === "onlineCorrection"}
        title={t("valuation.actions.onlineCorrection")}
        pending={act.isPending}
        onClose={close}
        testId="valuation-correction-form"
        initialValues={{ platformId: toCorrect[0]?.platformId }}
        onSubmit={(x, form) => run(() => recordOnlineCorrection(v.id, { platformId: x.platformId, resultFen: x.resultFen, ...(x.reportDate ? { reportDate: x.reportDate } : {}) }), t("valuation.done.saved"), form)}
      >
        <Form.Item label={t("valuation.online.platform")} name="platformId" rules={[{ required: true, message: t("common.required") }]}>
          <Select options={toCorrect.map((p) => ({ value: p.platformId, label: p.name }))} />
        </Form.Item>
        <Form.Item label={t("valuation.online.correctedResult")} name="resultFen" rules={[{ required: true, message: t("common.amountInvalid") }]}>
          <YuanInput />
        </Form.Item>
        <Form.Item label={t("valuation.reports.reportDate")} name="reportDate" extra={t("valuation.defaultToday")}>
          <DateInput />
        </Form.Item>
      </FormModal>

      <FormModal<{ mode: "lottery" | "agreement"; chosen?: string[] }>
        open={open === "chooseAgencies"}
        title={t("valuation.actions.chooseAgencies")}
        pending={act.isPending}
        onClose={close}
        testId="valuation-agencies-form"
        initialValues={{ mode: "lottery", chosen: [] }}
        onSubmit={(x, form) => run(() => selectAgencies(v.id, x.mode === "agreement" ? { mode: "agreement", chosen: x.chosen ?? [] } : { mode: "lottery" }), t("valuation.done.agenciesChosen"), form)}
      >
        <Typography.Paragraph type="secondary">{t("valuation.appraisal.chooseHelp", { basis: cite("art 16") })}</Typography.Paragraph>
        <Form.Item name="mode">
          <Radio.Group data-testid="valuation-agencies-mode">
            <Radio value="lottery">{t("valuation.appraisal.mode.lottery")}</Radio>
            <Radio value="agreement">{t("valuation.appraisal.mode.agreement")}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.mode !== b.mode}>
          {({ getFieldValue }) =>
            getFieldValue("mode") === "agreement" ? (
              <Form.Item
                label={t("valuation.appraisal.chosen")}
                name="chosen"
                extra={t("valuation.appraisal.chosenHelp")}
                rules={[{ validator: (_r, val: string[] | undefined) => ((val ?? []).length === 3 ? Promise.resolve() : Promise.reject(new Error(t("valuation.appraisal.chooseThree")))) }]}
              >
                <Select
                  mode="multiple"
                  maxCount={3}
                  loading={agencies.isPending}
                  options={(agencies.data?.agencies ?? []).map((a) => ({ value: a.id, label: `${a.name}（${a.region}）` }))}
                />
              </Form.Item>
            ) : (
              <Typography.Paragraph>{t("valuation.appraisal.lotteryHelp")}</Typography.Paragraph>
            )
          }
        </Form.Item>
      </FormModal>

      <FormModal<{ requestDate?: string; days?: number }>
        open={open === "extension"}
        title={t("valuation.actions.extension")}
        pending={act.isPending}
        onClose={close}
        testId="valuation-extension-form"
        initialValues={working?.pendingExtension ? { requestDate: working.pendingExtension.requestDate, days: working.pendingExtension.days } : {}}
        onSubmit={(x, form) => run(() => grantExtension(v.id, { ...(x.requestDate ? { requestDate: x.requestDate } : {}), ...(x.days ? { days: x.days } : {}) }), t("valuation.done.extended"), form)}
      >
        <Typography.Paragraph type="secondary">
          {t("valuation.appraisal.extensionHelp", {
            agency: working?.name ?? "—",
            due: formatDate(working?.due),
            left: working?.extensionsLeft ?? 0,
            latest: formatDate(working?.latestExtensionRequest),
            basis: cite("art 19 para 2"),
          })}
        </Typography.Paragraph>
        <Form.Item label={t("valuation.appraisal.requestDate")} name="requestDate" rules={[{ required: !working?.pendingExtension, message: t("common.required") }]}>
          <DateInput />
        </Form.Item>
        <Form.Item label={t("valuation.appraisal.days")} name="days" rules={[{ required: !working?.pendingExtension, message: t("common.required") }]}>
          <InputNumber min={1} max={15} precision={0} style={{ width: "100%" }} />
        </Form.Item>
      </FormModal>

      <FormModal<Record<string, never>>
        open={open === "fixPrice"}
        title={t("valuation.actions.fixPrice")}
        pending={act.isPending}
        onClose={close}
        testId="valuation-price-form"
        onSubmit={(_x, form) => run(() => fixReferencePrice(v.id), t("valuation.done.priced"), form)}
      >
        <Typography.Paragraph>{t(v.method === "onlineInquiry" ? "valuation.price.fixHelpOnline" : "valuation.price.fixHelpAppraisal")}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          {t("valuation.price.fixAfter", { basis: [v.method === "onlineInquiry" ? cite("art 13") : cite("art 17 para 2"), cite("arts 22–23"), cite("art 27"), cite("art 30")].join(t("common.citationSep")) })}
        </Typography.Paragraph>
      </FormModal>

      <FormModal<SuspendInput>
        open={open === "suspend"}
        title={t("valuation.actions.suspend")}
        pending={act.isPending}
        onClose={close}
        testId="valuation-suspend-form"
        onSubmit={(x, form) => run(() => suspendValuation(v.id, { ground: x.ground, note: x.note.trim() }), t("valuation.done.suspended"), form)}
      >
        <Typography.Paragraph type="secondary">{t("valuation.suspension.help", { basis: `${cite("art 28")}${t("common.citationSep")}${cite("art 19 para 1")}` })}</Typography.Paragraph>
        <Form.Item label={t("valuation.suspension.ground")} name="ground" rules={[{ required: true, message: t("common.required") }]}>
          <Radio.Group data-testid="valuation-suspend-ground" style={{ display: "flex", flexDirection: "column", gap: 6 }}>
            {SUSPENSION_GROUNDS.map((g) => (
              <Radio key={g} value={g}>
                {loc(SUSPENSION_GROUND_INFO[g].label)}{t("common.paren", { text: formatCitation(SUSPENSION_GROUND_INFO[g].basis, i18n.language) })}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item label={t("common.reason")} name="note" rules={[{ required: true, whitespace: true, min: 2, message: t("valuation.tooShort") }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="valuation-suspend-note" />
        </Form.Item>
      </FormModal>

      <FormModal<{ note?: string }>
        open={open === "resume"}
        title={t("valuation.actions.resume")}
        pending={act.isPending}
        onClose={close}
        testId="valuation-resume-form"
        onSubmit={(x, form) => run(() => resumeValuation(v.id, x.note?.trim() ? { note: x.note.trim() } : {}), t("valuation.done.resumed"), form)}
      >
        <Typography.Paragraph type="secondary">{t("valuation.suspension.resumeHelp", { basis: cite("art 19 para 1") })}</Typography.Paragraph>
        <Form.Item label={t("common.reason")} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </FormModal>

      <FormModal<WithdrawInput>
        open={open === "withdraw"}
        title={t("valuation.actions.withdraw")}
        okText={t("valuation.actions.withdraw")}
        pending={act.isPending}
        onClose={close}
        testId="valuation-withdraw-form"
        onSubmit={(x, form) => run(() => withdrawValuation(v.id, { ground: x.ground, note: x.note.trim() }), t("valuation.done.withdrawn"), form)}
      >
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t("valuation.withdrawal.warning")} />
        <Typography.Paragraph type="secondary">{t("valuation.withdrawal.help", { basis: [cite("art 29"), cite("art 31 para 2"), cite("art 32 para 2")].join(t("common.citationSep")) })}</Typography.Paragraph>
        <Form.Item label={t("valuation.withdrawal.ground")} name="ground" rules={[{ required: true, message: t("common.required") }]}>
          <Radio.Group data-testid="valuation-withdraw-ground" style={{ display: "flex", flexDirection: "column", gap: 6 }}>
            {OFFICER_WITHDRAWAL_GROUNDS.map((g) => (
              <Radio key={g} value={g}>
                {loc(WITHDRAWAL_GROUND_INFO[g].label)}{t("common.paren", { text: WITHDRAWAL_GROUND_INFO[g].basis.map((b) => formatCitation(b, i18n.language)).join(t("common.citationSep")) })}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item label={t("common.reason")} name="note" rules={[{ required: true, whitespace: true, min: 2, message: t("valuation.tooShort") }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="valuation-withdraw-note" />
        </Form.Item>
      </FormModal>

      <FormModal<{ defects: string[]; note: string }>
        open={open === "reviewOrder"}
        title={t("valuation.actions.reviewOrder")}
        pending={act.isPending}
        onClose={close}
        testId="valuation-review-order-form"
        onSubmit={(x, form) => run(() => orderReview(v.id, { defects: x.defects, note: x.note.trim() }), t("valuation.done.reviewOrdered"), form)}
      >
        <Typography.Paragraph type="secondary">{t("valuation.review.help", { basis: `${cite("art 20")}${t("common.citationSep")}${cite("art 19 para 3")}` })}</Typography.Paragraph>
        <Form.Item label={t("valuation.review.defects")} name="defects" rules={[{ required: true, type: "array", min: 1, message: t("valuation.review.chooseDefect") }]}>
          <Checkbox.Group data-testid="valuation-review-defects" style={{ display: "flex", flexDirection: "column", gap: 6 }}>
            {REVIEW_DEFECTS.map((d) => (
              <Checkbox key={d} value={d}>
                {loc(REVIEW_DEFECT_INFO[d].label)}{t("common.paren", { text: formatCitation(REVIEW_DEFECT_INFO[d].basis, i18n.language) })}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item label={t("valuation.review.note")} name="note" rules={[{ required: true, whitespace: true, min: 2, message: t("valuation.tooShort") }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>

      <FormModal<{ firstNoticeDate: string }>
        open={open === "saleStart"}
        title={t("valuation.actions.saleStart")}
        pending={act.isPending}
        onClose={close}
        testId="valuation-sale-form"
        onSubmit={(x, form) => run(() => recordSaleStart(v.id, { firstNoticeDate: x.firstNoticeDate }), t("valuation.done.saved"), form)}
      >
        <Typography.Paragraph type="secondary">
          {t("valuation.price.saleStartHelp", { due: formatDate(v.referencePrice?.saleStartDue), basis: `${cite("art 30")}${t("common.citationSep")}${cite("art 27 para 3")}` })}
        </Typography.Paragraph>
        <Form.Item label={t("valuation.price.firstNoticeDate")} name="firstNoticeDate" rules={[{ required: true, message: t("common.required") }]}>
          <DateInput />
        </Form.Item>
      </FormModal>
    </div>
  );
}
