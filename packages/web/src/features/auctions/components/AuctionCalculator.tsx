import { useState } from "react";
import { Button, Form, Radio, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ASSET_TYPES } from "@zhixing/domain";
import type { AuctionCalcInput } from "../../../api/types";
import { DateInput } from "../../../components/DateInput";
import { YuanInput } from "../../../components/YuanInput";
import { useLocalized } from "../../../lib/useLocalized";
import { CalcResult } from "../../calculators/components/CalcResult";
import { assetTypeLabel } from "../../measures/labels";
import { useAuctionCalc } from "../hooks/useAuctions";
import { auctionable } from "../lib";
import { AuctionCalcFigures } from "./AuctionCalcFigures";

type Values = {
  referencePriceFen?: number;
  assetType?: string;
  round: 1 | 2;
  previousStartingPriceFen?: number;
  dateMode: "announcement" | "start";
  date?: string;
  failedOn?: string;
};

/** The calculator's input from the form's values (null until the required fields are there). */
export function auctionCalcInputOf(v: Values): AuctionCalcInput | null {
  if (v.referencePriceFen === undefined || !v.assetType) return null;
  if (v.round === 2 && v.previousStartingPriceFen === undefined) return null;
  return {
    referencePriceFen: v.referencePriceFen,
    assetType: v.assetType,
    round: v.round,
    ...(v.round === 2 ? { previousStartingPriceFen: v.previousStartingPriceFen } : {}),
    ...(v.date ? (v.dateMode === "start" ? { auctionStartDate: v.date } : { announcementDate: v.date }) : {}),
    ...(v.round === 2 && v.failedOn ? { failedOn: v.failedOn } : {}),
  };
}

/** Auctionable asset types (everything but money), as select options. */
export function useAuctionableTypeOptions() {
  const label = useLocalized();
  return ASSET_TYPES.filter(auctionable).map((type) => ({ value: type, label: label(assetTypeLabel(type)) }));
}

/** 拍卖参数计算器 (网拍规定 arts 10, 12, 16, 17, 26): minimum starting price, deposit range and dates. */
export function AuctionCalculator() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [input, setInput] = useState<AuctionCalcInput | null>(null);
  const query = useAuctionCalc(input);
  const round = Form.useWatch("round", form) ?? 1;
  const required = { required: true, message: t("common.required") };
  const typeOptions = useAuctionableTypeOptions();

  return (
    <div>
      <Typography.Paragraph type="secondary">{t("auction.calc.intro")}</Typography.Paragraph>
      <Form<Values>
        form={form}
        name="calc-auction"
        layout="vertical"
        initialValues={{ round: 1, dateMode: "announcement", assetType: "patent" }}
        style={{ maxWidth: 480 }}
        onFinish={(v) => setInput(auctionCalcInputOf(v))}
      >
        <Form.Item label={t("auction.calc.referencePrice")} name="referencePriceFen" rules={[{ required: true, message: t("common.amountInvalid") }]}>
          <YuanInput data-testid="calc-auction-reference" />
        </Form.Item>
        <Form.Item label={t("auction.calc.assetType")} name="assetType" rules={[required]}>
          <Select options={typeOptions} showSearch={{ optionFilterProp: "label" }} data-testid="calc-auction-asset-type" />
        </Form.Item>
        <Form.Item label={t("auction.calc.round")} name="round">
          <Radio.Group
            optionType="button"
            options={[
              { value: 1, label: t("auction.calc.round1") },
              { value: 2, label: t("auction.calc.round2") },
            ]}
            data-testid="calc-auction-round"
          />
        </Form.Item>
        {round === 2 ? (
          <>
            <Form.Item label={t("auction.calc.previousStartingPrice")} name="previousStartingPriceFen" rules={[{ required: true, message: t("common.amountInvalid") }]}>
              <YuanInput data-testid="calc-auction-previous" />
            </Form.Item>
            <Form.Item label={t("auction.calc.failedOn")} name="failedOn">
              <DateInput data-testid="calc-auction-failed-on" />
            </Form.Item>
          </>
        ) : null}
        <Form.Item label={t("auction.calc.dateMode")} name="dateMode">
          <Radio.Group
            options={[
              { value: "announcement", label: t("auction.calc.byAnnouncement") },
              { value: "start", label: t("auction.calc.byStart") },
            ]}
          />
        </Form.Item>
        <Form.Item label={t("auction.calc.date")} name="date">
          <DateInput data-testid="calc-auction-date" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="calc-auction-submit">
          {t("calc.compute")}
        </Button>
      </Form>
      <div style={{ marginTop: 16 }}>
        <CalcResult query={query}>{(r) => <AuctionCalcFigures r={r} />}</CalcResult>
      </div>
    </div>
  );
}
