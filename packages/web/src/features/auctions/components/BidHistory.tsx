import { Table, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { citeSource } from "@zhixing/domain";
import type { BidHistoryItem } from "../../../api/types";
import { CitationList } from "../../../components/CitationText";
import { EmptyState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { formatShanghaiDateTime } from "../../../lib/format";

/** 网拍规定 art 20 para 3: the bids as they entered the platform, bidders by their code only. */
export const BID_HISTORY_BASIS = [citeSource("onlineAuction", "art 20 para 3")];

/** 竞价记录: newest first; a bidder appears by alias only, never by name. */
export function BidHistory({ items, myAlias }: { items: BidHistoryItem[]; myAlias?: string | null }) {
  const { t } = useTranslation();
  return (
    <div data-testid="bid-history">
      <Table<BidHistoryItem>
        rowKey="seq"
        size="small"
        pagination={items.length > 20 ? { pageSize: 20, size: "small" } : false}
        dataSource={items}
        tableLayout="fixed"
        locale={{ emptyText: <EmptyState text={t("auction.noBids")} /> }}
        onRow={(b) => ({ "data-testid": "bid-row", "data-seq": b.seq, "data-alias": b.alias }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t("auction.alias"),
            dataIndex: "alias",
            render: (alias: string, b) => (
              <>
                <span style={{ overflowWrap: "anywhere" }}>{alias}</span>
                {b.seq === items[0]?.seq ? (
                  <Tag color="green" style={{ marginLeft: 4 }}>
                    {t("auction.leader")}
                  </Tag>
                ) : null}
                {myAlias && alias === myAlias ? (
                  <Tag color="blue" style={{ marginLeft: 4 }} data-testid="bid-mine">
                    {t("auction.mine")}
                  </Tag>
                ) : null}
                {b.priority ? <Tag color="purple" style={{ marginLeft: 4 }}>{t("auction.priorityTag")}</Tag> : null}
                {b.extended ? <Tag color="orange" style={{ marginLeft: 4 }}>{t("auction.extendedTag")}</Tag> : null}
              </>
            ),
          },
          { title: t("auction.amount"), dataIndex: "amountFen", align: "right", width: "34%", render: (v: number) => <Money fen={v} /> },
          {
            title: t("auction.time"),
            dataIndex: "at",
            width: "28%",
            render: (v: string) => <span className="num" style={{ whiteSpace: "normal" }}>{formatShanghaiDateTime(v).slice(5)}</span>,
          },
        ]}
      />
      <div style={{ marginTop: 8 }}>
        <span style={{ fontSize: 13, color: "rgba(0,0,0,0.55)" }}>{t("auction.historyNote")}</span>
        <CitationList items={BID_HISTORY_BASIS} />
      </div>
    </div>
  );
}
