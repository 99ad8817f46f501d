import { useEffect, useMemo, useState } from "react";
import { Alert, App, Button, Col, Drawer, Form, Input, Radio, Row, Select, Space, Typography } from "antd";
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { LOT_DOCUMENT_KINDS, type AuctionCalcInput, type AuctionCalcResult, type CaseAsset, type CaseDetail, type Lot, type LotInput, type Measure } from "../../../api/types";
import { DateInput } from "../../../components/DateInput";
import { YuanInput } from "../../../components/YuanInput";
import { formatFen, formatShanghaiDate, todayShanghai } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useLocalized } from "../../../lib/useLocalized";
import { assetTypeLabel } from "../../measures/labels";
import { useAuctionCalc, useCaseValuationsForLots, useCreateLot, useDebounced } from "../hooks/useAuctions";
import { auctionableAssets, checkLotValues, wallClockToInstant, wallDate, type LotFormIssue, type LotFormValues } from "../lib";
import type { CaseValuationItem } from "../api/auctions";
import { AuctionCalcFigures } from "./AuctionCalcFigures";
import { WallClockInput } from "./WallClockInput";

/** The round, floor and failure date a new lot takes from the lot it follows (a re-auction), if any. */
export function chainOf(previous: Lot | null | undefined): { round: 1 | 2; previousStartingPriceFen?: number; failedOn?: string } {
  if (!previous) return { round: 1 };
  if (previous.status === "failed") {
    return { round: 2, previousStartingPriceFen: previous.startingPriceFen, ...(previous.result ? { failedOn: formatShanghaiDate(previous.result.endedAt) } : {}) };
  }
  // After a default (网拍规定 art 24): the same round and floor as the defaulted lot.
  return { round: previous.round === 2 ? 2 : 1 };
}

/** The reference price the calculator works with: the chosen valuation's, the one typed, or the previous lot's. */
export function referenceFenOf(v: LotFormValues, valuations: readonly CaseValuationItem[], previous: Lot | null | undefined): number | undefined {
  if (v.referenceMode === "valuation") return valuations.find((x) => x.id === v.valuationId)?.referencePriceFen ?? undefined;
  if (v.referenceMode === "previous") return previous?.referencePriceFen;
  return v.referencePriceFen;
}

/**
 * What the calculator is asked as the officer types (null until the reference price and the asset are
 * known): the minimum and the dates from the announcement date. The chosen starting price goes with it
 * once it is at least the minimum (so the deposit range is the one on that price); the chosen start is
 * checked by the form against the calculator's dates (checkLotValues), so a start typed too early never
 * hides the figures behind the calculator's refusal.
 */
export function lotCalcInput(v: LotFormValues, assetType: string | undefined, referenceFen: number | undefined, previous: Lot | null | undefined, minimumFen?: number | null): AuctionCalcInput | null {
  if (!assetType || referenceFen === undefined || referenceFen <= 0) return null;
  const chain = chainOf(previous);
  const priced = v.startingPriceFen !== undefined && minimumFen != null && v.startingPriceFen >= minimumFen;
  return {
    referencePriceFen: referenceFen,
    assetType,
    round: chain.round,
    ...(chain.previousStartingPriceFen !== undefined && chain.round === 2 ? { previousStartingPriceFen: chain.previousStartingPriceFen } : {}),
    ...(priced ? { startingPriceFen: v.startingPriceFen } : {}),
    ...(v.announcementDate ? { announcementDate: v.announcementDate } : {}),
    ...(chain.failedOn ? { failedOn: chain.failedOn } : {}),
  };
}

const documentKind = (k: string | undefined): (typeof LOT_DOCUMENT_KINDS)[number] =>
  (LOT_DOCUMENT_KINDS as readonly string[]).includes(k ?? "") ? (k as (typeof LOT_DOCUMENT_KINDS)[number]) : "other";

/** The body of POST /cases/:id/lots from the form's values. */
export function lotInputOf(v: LotFormValues, measureId: string | undefined): LotInput {
  const documents = (v.documents ?? [])
    .filter((d) => d.title?.trim())
    .map((d) => ({ title: d.title!.trim(), kind: documentKind(d.kind), ...(d.url?.trim() ? { url: d.url.trim() } : {}) }));
  return {
    assetId: v.assetId!,
    ...(measureId ? { measureId } : {}),
    ...(v.previousLotId ? { previousLotId: v.previousLotId } : {}),
    ...(v.referenceMode === "valuation" && v.valuationId ? { referencePrice: { valuationId: v.valuationId } } : {}),
    ...(v.referenceMode === "manual" && v.referencePriceFen !== undefined ? { referencePrice: { priceFen: v.referencePriceFen, sourceDocument: (v.sourceDocument ?? "").trim() } } : {}),
    startingPriceFen: v.startingPriceFen!,
    depositFen: v.depositFen!,
    incrementFen: v.incrementFen!,
    announcementDate: v.announcementDate!,
    startAt: wallClockToInstant(v.startAt)!,
    endAt: wallClockToInstant(v.endAt)!,
    title: v.title!.trim(),
    description: v.description!.trim(),
    noticeText: v.noticeText!.trim(),
    ...(documents.length ? { documents } : {}),
  };
}

/** The i18n text of one of the form's own checks (amounts in yuan). */
export function issueText(i: LotFormIssue, t: (k: string, o?: Record<string, unknown>) => string): string {
  const values = Object.fromEntries(Object.entries(i.values ?? {}).map(([k, v]) => [k, typeof v === "number" ? formatFen(v) : v]));
  return t(`auction.form.errors.${i.key}`, values);
}

/** The API's field names → the form's. */
const FIELD_OF: Record<string, string> = {
  "referencePrice.priceFen": "referencePriceFen",
  "referencePrice.sourceDocument": "sourceDocument",
  "referencePrice.valuationId": "valuationId",
  referencePrice: "referencePriceFen",
};

/** 新建拍卖: a lot from a controlled, auctionable asset, with the calculator's figures as the officer types. */
export function LotForm({
  detail,
  assets,
  measures,
  previous,
  open,
  onClose,
  onCreated,
  nowMs,
}: {
  detail: CaseDetail;
  assets: CaseAsset[];
  measures: Measure[];
  /** The failed or defaulted lot this one re-auctions. */
  previous?: Lot | null;
  open: boolean;
  onClose: () => void;
  onCreated?: (lot: Lot) => void;
  nowMs?: number;
}) {
  const { t } = useTranslation();
  const label = useLocalized();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<LotFormValues>();
  const create = useCreateLot(detail.id);
  const valuations = useCaseValuationsForLots(detail.id, open);
  const candidates = useMemo(() => auctionableAssets(assets, measures), [assets, measures]);
  const values = (Form.useWatch([], form) ?? {}) as LotFormValues;
  const assetId = values.assetId ?? previous?.assetId;
  const asset = assets.find((a) => a.id === assetId);
  const priced = (valuations.data?.items ?? []).filter((v) => v.status === "priced" && v.referencePriceFen !== null && v.asset.id === assetId);
  const reference = referenceFenOf(values, valuations.data?.items ?? [], previous);
  // The minimum depends on the reference price and the round only: remembered to decide whether the typed price goes to the calculator.
  const [minimumFen, setMinimumFen] = useState<number | null>(null);
  const input = useDebounced(lotCalcInput(values, asset?.type ?? previous?.assetType, reference, previous, minimumFen));
  const calc = useAuctionCalc(input);
  const knownMinimum = input && calc.data ? calc.data.minimumStartingPrice.amountFen : null;
  useEffect(() => {
    if (knownMinimum !== null) setMinimumFen(knownMinimum);
  }, [knownMinimum]);
  const result: AuctionCalcResult | undefined = input ? calc.data : undefined;
  const today = todayShanghai();
  const required = { required: true, message: t("common.required") };
  const money = { required: true, message: t("common.amountInvalid") };

  const initialValues: LotFormValues = previous
    ? {
        assetId: previous.assetId,
        previousLotId: previous.id,
        referenceMode: "previous",
        announcementDate: today,
        title: previous.title,
        description: previous.description,
        documents: previous.documents.map((d) => ({ title: d.title, kind: d.kind, url: d.url })),
      }
    : { referenceMode: "manual", announcementDate: today, documents: [] };

  const submit = (v: LotFormValues) => {
    const issues = checkLotValues(v, result ?? null, { nowMs: nowMs ?? Date.now(), today });
    if (issues.length) {
      form.setFields(issues.map((i) => ({ name: i.field, errors: [issueText(i, t)] })));
      form.scrollToField(issues[0]!.field);
      return;
    }
    const measureId = candidates.find((c) => c.asset.id === v.assetId)?.measure.id;
    create.mutate(lotInputOf({ ...v, assetId: v.assetId ?? previous?.assetId }, measureId), {
      onSuccess: (lot) => {
        void message.success(t("auction.form.created"));
        onCreated?.(lot);
        onClose();
      },
      // The server names its fields as the API does; the form's differ for the reference price.
      onError: (e) => showError(e instanceof ApiError && e.field ? new ApiError(e.status, { ...e.error, field: FIELD_OF[e.field] ?? e.field }) : e, form),
    });
  };

  const calcError = input && calc.isError ? calc.error : null;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="min(1120px, 100vw)"
      destroyOnHidden
      title={previous ? t("auction.form.reauctionTitle") : t("auction.form.title")}
      data-testid="lot-form-drawer"
      styles={{ body: { paddingBottom: 80 } }}
      extra={
        <Space>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()} data-testid="lot-form-submit">
            {t("auction.form.submit")}
          </Button>
        </Space>
      }
    >
      <LotFormFields
        form={form}
        initialValues={initialValues}
        onFinish={submit}
        previous={previous ?? null}
        candidates={candidates}
        assetOptionLabel={(a) => `${label(assetTypeLabel(a.type))} · ${a.description}${a.identifier ? ` · ${a.identifier}` : ""}`}
        priced={priced}
        valuationsMissing={valuations.isError}
        result={result}
        calcError={calcError}
        calcPending={!!input && calc.isFetching && !calc.data}
        required={required}
        money={money}
      />
    </Drawer>
  );
}

/** The fields and the calculator panel (rendered without the drawer in tests). */
export function LotFormFields({
  form,
  initialValues,
  onFinish,
  previous,
  candidates,
  assetOptionLabel,
  priced,
  valuationsMissing,
  result,
  calcError,
  calcPending,
  required,
  money,
}: {
  form: ReturnType<typeof Form.useForm<LotFormValues>>[0];
  initialValues: LotFormValues;
  onFinish: (v: LotFormValues) => void;
  previous: Lot | null;
  candidates: { asset: CaseAsset; measure: Measure }[];
  assetOptionLabel: (a: CaseAsset) => string;
  priced: CaseValuationItem[];
  valuationsMissing: boolean;
  result: AuctionCalcResult | undefined;
  calcError: unknown;
  calcPending: boolean;
  required: { required: boolean; message: string };
  money: { required: boolean; message: string };
}) {
  const { t, i18n } = useTranslation();
  const mode = Form.useWatch("referenceMode", form) ?? initialValues.referenceMode;
  const yuan = t("common.yuan");
  return (
    <Form<LotFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} data-testid="lot-form" requiredMark>
      <Row gutter={24}>
        <Col xs={24} lg={14}>
          {previous ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="lot-form-previous"
              title={t("auction.form.reauctionOf", { title: previous.title, round: previous.round })}
            />
          ) : null}
          <Form.Item name="previousLotId" hidden>
            <Input />
          </Form.Item>
          <Form.Item label={t("auction.form.asset")} name="assetId" rules={previous ? [] : [required]} extra={t("auction.form.assetHelp")}>
            <Select
              disabled={!!previous}
              data-testid="lot-form-asset"
              notFoundContent={t("auction.form.noAssets")}
              options={
                previous
                  ? [{ value: previous.assetId, label: previous.title }]
                  : candidates.map(({ asset }) => ({ value: asset.id, label: assetOptionLabel(asset) }))
              }
            />
          </Form.Item>
          <Form.Item label={t("auction.form.reference")} name="referenceMode">
            <Radio.Group
              data-testid="lot-form-reference-mode"
              options={[
                ...(previous ? [{ value: "previous", label: t("auction.form.referenceMode.previous") }] : []),
                { value: "valuation", label: t("auction.form.referenceMode.valuation") },
                { value: "manual", label: t("auction.form.referenceMode.manual") },
              ]}
            />
          </Form.Item>
          {mode === "valuation" ? (
            <Form.Item label={t("auction.form.valuation")} name="valuationId" rules={[required]} extra={valuationsMissing ? t("auction.form.valuationsUnavailable") : undefined}>
              <Select
                data-testid="lot-form-valuation"
                notFoundContent={t("auction.form.noValuations")}
                options={priced.map((v) => ({
                  value: v.id,
                  label: t("auction.form.valuationOption", { price: formatFen(v.referencePriceFen), until: v.validUntil ?? "—" }),
                }))}
              />
            </Form.Item>
          ) : null}
          {mode === "manual" ? (
            <>
              <Form.Item label={t("auction.form.referencePrice")} name="referencePriceFen" rules={[money]}>
                <YuanInput data-testid="lot-form-reference-price" />
              </Form.Item>
              <Form.Item label={t("auction.form.sourceDocument")} name="sourceDocument" rules={[required]} extra={t("auction.form.sourceDocumentHelp")}>
                <Input maxLength={500} data-testid="lot-form-source-document" />
              </Form.Item>
            </>
          ) : null}
          {mode === "previous" && previous ? (
            <Typography.Paragraph type="secondary" data-testid="lot-form-previous-reference">
              {t("common.labelValue", { label: t("auction.referencePrice"), value: `${formatFen(previous.referencePriceFen)} ${yuan}` })}
            </Typography.Paragraph>
          ) : null}
          <Row gutter={12}>
            <Col xs={24} sm={8}>
              <Form.Item
                label={t("auction.form.startingPrice")}
                name="startingPriceFen"
                rules={[money]}
                extra={
                  result ? (
                    <span data-testid="lot-form-minimum-hint">
                      {t("auction.form.minimumHint", { amount: formatFen(result.minimumStartingPrice.amountFen) })}{" "}
                      <Button size="small" type="link" style={{ padding: 0 }} onClick={() => form.setFieldsValue({ startingPriceFen: result.minimumStartingPrice.amountFen })} data-testid="lot-form-use-minimum">
                        {t("auction.form.useMinimum")}
                      </Button>
                    </span>
                  ) : undefined
                }
              >
                <YuanInput data-testid="lot-form-starting-price" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item
                label={t("auction.form.deposit")}
                name="depositFen"
                rules={[money]}
                extra={
                  result ? (
                    <span data-testid="lot-form-deposit-hint">
                      {t("auction.form.depositHint", { min: formatFen(result.deposit.minFen), max: formatFen(result.deposit.maxFen) })}{" "}
                      <Button size="small" type="link" style={{ padding: 0 }} onClick={() => form.setFieldsValue({ depositFen: result.deposit.minFen })} data-testid="lot-form-use-deposit-min">
                        {t("auction.form.useDepositMin")}
                      </Button>
                    </span>
                  ) : undefined
                }
              >
                <YuanInput data-testid="lot-form-deposit" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item label={t("auction.form.increment")} name="incrementFen" rules={[money]}>
                <YuanInput data-testid="lot-form-increment" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t("auction.form.announcementDate")} name="announcementDate" rules={[required]} extra={t("auction.form.announcementHelp")}>
            <DateInput data-testid="lot-form-announcement-date" />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item
                label={t("auction.form.startAt")}
                name="startAt"
                rules={[required]}
                extra={result?.schedule ? t("auction.form.earliestStartHint", { date: result.schedule.announcement.date }) : t("auction.form.timeHelp")}
              >
                <WallClockInput data-testid="lot-form-start-at" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item label={t("auction.form.endAt")} name="endAt" rules={[required]} extra={t("auction.form.endHelp")}>
                <WallClockInput data-testid="lot-form-end-at" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t("auction.form.lotTitle")} name="title" rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={200} data-testid="lot-form-title" />
          </Form.Item>
          <Form.Item label={t("auction.form.description")} name="description" rules={[{ ...required, whitespace: true }]} extra={t("auction.form.descriptionHelp")}>
            <Input.TextArea rows={3} maxLength={5000} data-testid="lot-form-description" />
          </Form.Item>
          <Form.Item label={t("auction.form.noticeText")} name="noticeText" rules={[{ ...required, whitespace: true }]}>
            <Input.TextArea rows={5} maxLength={20000} data-testid="lot-form-notice" />
          </Form.Item>
          <Form.List name="documents">
            {(fields, { add, remove }) => (
              <div data-testid="lot-form-documents">
                <Typography.Text strong>{t("auction.documents")}</Typography.Text>
                {fields.map((f) => (
                  <Space key={f.key} align="start" wrap style={{ display: "flex", marginTop: 8 }}>
                    <Form.Item name={[f.name, "title"]} rules={[{ ...required, whitespace: true }]} style={{ marginBottom: 0 }}>
                      <Input placeholder={t("auction.form.docTitle")} maxLength={200} data-testid={`lot-form-doc-${f.name}-title`} />
                    </Form.Item>
                    <Form.Item name={[f.name, "kind"]} initialValue="notice" style={{ marginBottom: 0, minWidth: 140 }}>
                      <Select options={LOT_DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`auction.documentKind.${k}`) }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, "url"]} rules={[{ type: "url", message: t("auction.form.badUrl") }]} style={{ marginBottom: 0 }}>
                      <Input placeholder={t("auction.form.docUrl")} maxLength={500} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label={t("common.remove")} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: "notice" })} style={{ marginTop: 8 }} data-testid="lot-form-add-document">
                  {t("auction.form.addDocument")}
                </Button>
              </div>
            )}
          </Form.List>
        </Col>
        <Col xs={24} lg={10}>
          <div style={{ position: "sticky", top: 0, marginTop: 16 }} data-testid="lot-form-calc" lang={i18n.language}>
            <Typography.Title level={5}>{t("auction.form.calcTitle")}</Typography.Title>
            {calcError ? (
              <Alert
                type="error"
                showIcon
                role="alert"
                style={{ marginBottom: 8 }}
                data-testid="lot-form-calc-error"
                title={calcError instanceof ApiError ? calcError.localized(i18n.language) : t("errors.unexpected")}
              />
            ) : null}
            {result ? <AuctionCalcFigures r={result} vertical /> : calcPending ? <Typography.Text type="secondary">{t("common.loading")}</Typography.Text> : <Alert type="info" showIcon title={t("auction.form.calcPrompt")} data-testid="lot-form-calc-prompt" />}
          </div>
        </Col>
      </Row>
    </Form>
  );
}
