// The reference price once fixed (参考价规定 arts 13, 17, 27, 30): the amount and how it was reached (the
// online average of the results used, or the appraisal's result), its validity with the 6-month grace,
// and the 10-day sale start with the first auction notice.
import { Card, Descriptions, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Valuation } from "../../../api/types";
import { CitationList } from "../../../components/CitationText";
import { Money } from "../../../components/Money";
import { formatDate } from "../../../lib/format";
import { useLocalized } from "../../../lib/useLocalized";
import { ValidityState } from "./ValuationClocks";
import { DueState } from "./ValuationTags";

type Used = { platformId: string; resultFen: number };

export function PriceSection({ v }: { v: Valuation }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const p = v.referencePrice;
  if (!p) return null;
  const used = Array.isArray(p.detail.used) ? (p.detail.used as Used[]) : [];
  const platformName = (id: string) => v.online?.platforms.find((x) => x.platformId === id)?.name ?? id;
  const sale = v.clocks.filter((k) => k.kind === "valuationSaleStart").at(-1);
  return (
    <Card size="small" title={t("valuation.price.title")} style={{ marginBottom: 12 }} data-testid="valuation-price">
      <div style={{ fontSize: 22, fontWeight: 600 }} data-testid="valuation-price-amount">
        <Money fen={p.priceFen} unit={t("common.yuan")} />
      </div>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t("valuation.price.method")}>{loc(v.methodLabel)}</Descriptions.Item>
        <Descriptions.Item label={t("valuation.price.fixedDate")}>
          <span className="num">{formatDate(p.fixedDate)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("valuation.clocks.validity.label")} span="filled">
          <ValidityState v={v} />
        </Descriptions.Item>
        <Descriptions.Item label={t("valuation.price.saleStartDue")}>
          {sale ? (
            <DueState due={sale.due} status={sale.status} metDate={sale.metDate} overdue={sale.overdue} daysLeft={sale.daysLeft} basis={sale.basis} testId="sale-start-due" />
          ) : (
            <span className="num" data-testid="sale-start-due">
              {formatDate(p.saleStartDue)}
            </span>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t("valuation.price.firstNoticeDate")}>
          <span className="num" data-testid="first-notice-date">
            {p.firstNoticeDate ? formatDate(p.firstNoticeDate) : t("valuation.price.notYet")}
          </span>
        </Descriptions.Item>
      </Descriptions>
      {used.length > 0 ? (
        <div data-testid="valuation-price-average" style={{ fontSize: 13 }}>
          <Typography.Text>{t("valuation.price.average", { count: used.length })}</Typography.Text>
          <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
            {used.map((u) => (
              <li key={u.platformId}>
                {t("common.labelValue", { label: platformName(u.platformId), value: "" })}<Money fen={u.resultFen} unit={t("common.yuan")} />
              </li>
            ))}
          </ul>
          <Typography.Text type="secondary">{t("valuation.price.rounding")}</Typography.Text>
        </div>
      ) : null}
      {typeof p.detail.agencyName === "string" ? <div style={{ fontSize: 13 }}>{t("valuation.price.byAgency", { name: p.detail.agencyName })}</div> : null}
      <CitationList items={p.basis} />
    </Card>
  );
}
