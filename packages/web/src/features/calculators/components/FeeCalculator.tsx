import { useState } from "react";
import { Alert, Button, Descriptions, Form, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Bracket } from "../../../api/types";
import { CitationList } from "../../../components/CitationText";
import { Money } from "../../../components/Money";
import { YuanInput } from "../../../components/YuanInput";
import { formatFen, formatPercent } from "../../../lib/format";
import { useFee } from "../hooks/useCalc";
import { CalcResult } from "./CalcResult";

/** Enforcement fee (执行申请费) or preservation fee (保全申请费) by amount. */
export function FeeCalculator({ kind }: { kind: "fee" | "preservation" }) {
  const { t } = useTranslation();
  const [amountFen, setAmountFen] = useState<number | null>(null);
  const query = useFee(kind, amountFen);
  const prefix = kind === "fee" ? "calc.fee" : "calc.preservation";

  return (
    <div>
      <Typography.Paragraph type="secondary">{t(`${prefix}.intro`)}</Typography.Paragraph>
      <Form
        name={`calc-${kind}`}
        layout="inline"
        onFinish={(v: { amountFen?: number }) => setAmountFen(v.amountFen ?? null)}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item
          label={t(`${prefix}.amount`)}
          name="amountFen"
          rules={[{ required: true, message: t("common.amountInvalid") }]}
        >
          <YuanInput data-testid={`calc-${kind}-amount`} />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid={`calc-${kind}-submit`}>
          {t("calc.compute")}
        </Button>
      </Form>
      <CalcResult query={query}>
        {(r) => (
          <>
            <Descriptions bordered size="small" column={1} style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t(`${prefix}.amount`)}>
                <Money fen={r.amountFen} unit={t("common.yuan")} />
              </Descriptions.Item>
              <Descriptions.Item label={t(`${prefix}.result`)}>
                <strong data-testid={`calc-${kind}-result`}>
                  <Money fen={r.feeFen} unit={t("common.yuan")} />
                </strong>
              </Descriptions.Item>
            </Descriptions>
            {"capped" in r && r.capped ? (
              <Alert type="info" showIcon title={t("calc.preservation.capped")} style={{ marginBottom: 16 }} />
            ) : null}
            <Table<Bracket>
              size="small"
              pagination={false}
              rowKey={(b) => String(b.fromFen)}
              dataSource={r.brackets}
              caption={<span className="sr-only">{t("calc.brackets")}</span>}
              scroll={{ x: true }}
              columns={[
                {
                  title: t("calc.bracketRange"),
                  key: "range",
                  render: (_, b) =>
                    b.toFen === null
                      ? t("calc.above", { from: formatFen(b.fromFen) })
                      : t("calc.range", { from: formatFen(b.fromFen), to: formatFen(b.toFen) }),
                },
                { title: t("calc.rate"), dataIndex: "rate", align: "right", render: (v: number) => <span className="num">{formatPercent(v)}</span> },
                { title: t("calc.portion"), dataIndex: "portionFen", align: "right", render: (v: number) => <Money fen={v} /> },
                { title: t("calc.bracketFee"), dataIndex: "feeFen", align: "right", render: (v: number) => <Money fen={v} /> },
              ]}
            />
            <div style={{ marginTop: 12 }}>
              <CitationList items={r.basis} />
            </div>
          </>
        )}
      </CalcResult>
    </div>
  );
}
