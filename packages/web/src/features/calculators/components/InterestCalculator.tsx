import { useState } from "react";
import { Button, Descriptions, Form, InputNumber, Radio, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { CitationList } from "../../../components/CitationText";
import { DateInput } from "../../../components/DateInput";
import { Money } from "../../../components/Money";
import { YuanInput } from "../../../components/YuanInput";
import { formatPercent } from "../../../lib/format";
import type { InterestParams } from "../api/calc";
import { useInterest } from "../hooks/useCalc";
import { CalcResult } from "./CalcResult";

type Values = { principalFen?: number; mode: "days" | "dates"; days?: number; from?: string; to?: string };

export function InterestCalculator() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch("mode", form) ?? "days";
  const [params, setParams] = useState<InterestParams | null>(null);
  const query = useInterest(params);
  const required = { required: true, message: t("common.required") };

  return (
    <div>
      <Typography.Paragraph type="secondary">{t("calc.interest.intro")}</Typography.Paragraph>
      <Form<Values>
        form={form}
        name="calc-interest"
        layout="vertical"
        initialValues={{ mode: "days" }}
        style={{ maxWidth: 480 }}
        onFinish={(v) => {
          if (v.principalFen === undefined) return;
          if (v.mode === "days" && v.days !== undefined) setParams({ principalFen: v.principalFen, days: v.days });
          if (v.mode === "dates" && v.from && v.to) setParams({ principalFen: v.principalFen, from: v.from, to: v.to });
        }}
      >
        <Form.Item label={t("calc.interest.principal")} name="principalFen" rules={[{ required: true, message: t("common.amountInvalid") }]}>
          <YuanInput data-testid="calc-interest-principal" />
        </Form.Item>
        <Form.Item label={t("calc.interest.mode")} name="mode">
          <Radio.Group
            optionType="button"
            options={[
              { value: "days", label: t("calc.interest.byDays") },
              { value: "dates", label: t("calc.interest.byDates") },
            ]}
          />
        </Form.Item>
        {mode === "days" ? (
          <Form.Item label={t("calc.interest.days")} name="days" rules={[required]}>
            <InputNumber min={0} precision={0} style={{ width: "100%" }} data-testid="calc-interest-days" />
          </Form.Item>
        ) : (
          <>
            <Form.Item label={t("calc.interest.from")} name="from" rules={[required]}>
              <DateInput />
            </Form.Item>
            <Form.Item label={t("calc.interest.to")} name="to" rules={[required]}>
              <DateInput />
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" data-testid="calc-interest-submit">
          {t("calc.compute")}
        </Button>
      </Form>
      <div style={{ marginTop: 16 }}>
        <CalcResult query={query}>
          {(r) => (
            <>
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label={t("calc.interest.principal")}>
                  <Money fen={r.principalFen} unit={t("common.yuan")} />
                </Descriptions.Item>
                <Descriptions.Item label={t("calc.interest.days")}>
                  <span className="num">{r.days}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t("calc.interest.dailyRate")}>
                  <span className="num">{formatPercent(r.dailyRate, 5)}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t("calc.interest.result")}>
                  <strong data-testid="calc-interest-result">
                    <Money fen={r.interestFen} unit={t("common.yuan")} />
                  </strong>
                </Descriptions.Item>
              </Descriptions>
              <div style={{ marginTop: 12 }}>
                <CitationList items={r.basis} />
              </div>
            </>
          )}
        </CalcResult>
      </div>
    </div>
  );
}
