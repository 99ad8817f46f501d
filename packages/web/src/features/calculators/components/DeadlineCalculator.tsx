import { useState } from "react";
import { Alert, Button, Descriptions, Form, InputNumber, Radio, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { DeadlineUnit } from "../../../api/types";
import { CitationList } from "../../../components/CitationText";
import { DateInput } from "../../../components/DateInput";
import type { DeadlineParams } from "../api/calc";
import { useDeadline } from "../hooks/useCalc";
import { CalcResult } from "./CalcResult";

type Values = { from?: string; unit: DeadlineUnit; n?: number };

export function DeadlineCalculator() {
  const { t } = useTranslation();
  const [params, setParams] = useState<DeadlineParams | null>(null);
  const query = useDeadline(params);
  const required = { required: true, message: t("common.required") };

  return (
    <div>
      <Typography.Paragraph type="secondary">{t("calc.deadline.intro")}</Typography.Paragraph>
      <Form<Values>
        name="calc-deadline"
        layout="vertical"
        initialValues={{ unit: "days" }}
        style={{ maxWidth: 480 }}
        onFinish={(v) => {
          if (v.from && v.n !== undefined) setParams({ from: v.from, unit: v.unit, n: v.n });
        }}
      >
        <Form.Item label={t("calc.deadline.from")} name="from" rules={[required]}>
          <DateInput data-testid="calc-deadline-from" />
        </Form.Item>
        <Form.Item label={t("calc.deadline.unit")} name="unit">
          <Radio.Group
            optionType="button"
            options={(["days", "months", "workingDays"] as const).map((u) => ({ value: u, label: t(`calc.deadline.units.${u}`) }))}
          />
        </Form.Item>
        <Form.Item label={t("calc.deadline.n")} name="n" rules={[required]}>
          <InputNumber min={1} precision={0} style={{ width: "100%" }} data-testid="calc-deadline-n" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="calc-deadline-submit">
          {t("calc.compute")}
        </Button>
      </Form>
      <div style={{ marginTop: 16 }}>
        <CalcResult query={query}>
          {(r) => (
            <Space orientation="vertical" style={{ width: "100%" }}>
              {r.provisional ? (
                <Alert
                  type="warning"
                  showIcon
                  data-testid="calc-deadline-provisional"
                  title={t("calc.deadline.provisional", { years: r.provisionalYears.join(", ") })}
                />
              ) : null}
              {r.shifted ? (
                <Alert
                  type="info"
                  showIcon
                  data-testid="calc-deadline-shifted"
                  title={t("calc.deadline.shifted", { nominal: r.nominalDue, due: r.due })}
                />
              ) : null}
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label={t("calc.deadline.from")}>{r.from}</Descriptions.Item>
                <Descriptions.Item label={t("calc.deadline.period")}>
                  {r.n} {t(`calc.deadline.units.${r.unit}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t("calc.deadline.nominalDue")}>{r.nominalDue}</Descriptions.Item>
                <Descriptions.Item label={t("calc.deadline.due")}>
                  <strong data-testid="calc-deadline-result">{r.due}</strong>
                </Descriptions.Item>
              </Descriptions>
              <CitationList items={r.basis} />
            </Space>
          )}
        </CalcResult>
      </div>
    </div>
  );
}
