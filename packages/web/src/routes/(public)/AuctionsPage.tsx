import { Pagination, Segmented, Typography } from "antd";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import type { LotPublicStatus } from "../../api/types";
import { QueryState } from "../../components/QueryState";
import { LotGrid } from "../../features/auctions/components/LotList";
import { usePublicLots } from "../../features/auctions/hooks/useAuctions";
import { useServerNow } from "../../features/auctions/hooks/useLiveLot";

const FILTERS = ["all", "upcoming", "bidding", "ended", "sold", "failed"] as const;
const PAGE_SIZE = 12;

/** /auctions: the lots announced, bidding and ended, for anyone (no sign-in). */
export default function AuctionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = FILTERS.find((f) => f === params.get("status")) ?? "all";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const query = usePublicLots({ status: status as LotPublicStatus | "all", page, pageSize: PAGE_SIZE });
  const now = useServerNow(0);

  return (
    <div className="public-shell">
      <Typography.Title level={2} className="page-title">
        {t("auction.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("auction.intro")}</Typography.Paragraph>
      <div style={{ overflowX: "auto", marginBottom: 12 }}>
        <Segmented
          value={status}
          onChange={(v) => setParams({ status: String(v) }, { replace: true })}
          options={FILTERS.map((f) => ({ value: f, label: <span data-testid={`lot-filter-${f}`}>{f === "all" ? t("auction.filterAll") : t(`auction.status.${f}`)}</span> }))}
          data-testid="lot-filter"
        />
      </div>
      <QueryState query={query} isEmpty={(d) => d.items.length === 0} emptyText={t("auction.none")}>
        {(d) => (
          <>
            <LotGrid items={d.items} nowMs={now} />
            {d.total > PAGE_SIZE ? (
              <Pagination
                style={{ marginTop: 16 }}
                current={d.page}
                pageSize={PAGE_SIZE}
                total={d.total}
                size="small"
                showSizeChanger={false}
                onChange={(p) => setParams({ status, page: String(p) }, { replace: true })}
              />
            ) : null}
          </>
        )}
      </QueryState>
    </div>
  );
}
