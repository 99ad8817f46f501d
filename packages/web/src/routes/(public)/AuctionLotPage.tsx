import { Breadcrumb } from "antd";
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/QueryState";
import { LotView } from "../../features/auctions/components/LotView";
import { usePublicLot } from "../../features/auctions/hooks/useAuctions";
import { useSession } from "../../features/auth/hooks/useSession";

/** /auctions/:id: a lot's public page; a signed-in bidder registers, pays the deposit and bids here. */
export default function AuctionLotPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const query = usePublicLot(id);
  const session = useSession();
  return (
    <div className="public-shell lot-shell">
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/auctions">{t("auction.title")}</Link> }, { title: query.data?.title ?? "…" }]} />
      <QueryState query={query} rows={10}>
        {(lot) => <LotView lot={lot} user={session.data} />}
      </QueryState>
    </div>
  );
}
