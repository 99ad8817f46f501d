import { Card, List, Space } from "antd";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { LotSummary } from "../../../api/types";
import { Money } from "../../../components/Money";
import { formatShanghaiDateTime } from "../../../lib/format";
import { useCaseLots } from "../hooks/useAuctions";
import { LotStatusTag } from "./LotStatusTag";

/** The lots published in the party's case (drafts are the court's), each linking to its public page. */
export function PartyLotsList({ items }: { items: LotSummary[] }) {
  const { t } = useTranslation();
  const lots = items.filter((l) => l.phase !== "draft");
  if (lots.length === 0) return null;
  return (
    <Card size="small" title={t("auction.party.title")} style={{ marginBottom: 12 }} data-testid="party-lots">
      <List
        size="small"
        dataSource={lots}
        renderItem={(l) => (
          <List.Item data-testid="party-lot" data-lot-id={l.id} data-phase={l.phase}>
            <div style={{ width: "100%" }}>
              <Link to={`/auctions/${l.id}`} style={{ overflowWrap: "anywhere" }}>
                {l.title}
              </Link>
              <Space wrap size={4} style={{ display: "flex", marginTop: 4 }}>
                <LotStatusTag status={l.phase} />
                <span>
                  {l.priceFen !== null ? t("auction.currentPrice") : t("auction.startingPrice")} <Money fen={l.priceFen ?? l.startingPriceFen} unit={t("common.yuan")} />
                </span>
                <span style={{ color: "rgba(0,0,0,0.55)" }}>{t("common.labelValue", { label: t("auction.endAt"), value: formatShanghaiDateTime(l.endAt).slice(0, 16) })}</span>
              </Space>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

export function PartyLots({ caseId }: { caseId: string }) {
  const query = useCaseLots(caseId);
  return query.data ? <PartyLotsList items={query.data.items} /> : null;
}
