import { Card, Tabs, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { FeeCalculator } from "../../features/calculators/components/FeeCalculator";
import { InterestCalculator } from "../../features/calculators/components/InterestCalculator";
import { DeadlineCalculator } from "../../features/calculators/components/DeadlineCalculator";
import { AuctionCalculator } from "../../features/auctions/components/AuctionCalculator";

const TABS = ["fee", "preservation", "interest", "deadline", "auction"] as const;

export default function CalculatorsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((x) => x === params.get("tab")) ?? "fee";

  return (
    <div className="public-shell">
      <Typography.Title level={2} className="page-title">
        {t("calc.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("calc.disclaimer")}</Typography.Paragraph>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams({ tab: k }, { replace: true })}
          items={[
            { key: "fee", label: t("calc.tabs.fee"), children: <FeeCalculator kind="fee" /> },
            { key: "preservation", label: t("calc.tabs.preservation"), children: <FeeCalculator kind="preservation" /> },
            { key: "interest", label: t("calc.tabs.interest"), children: <InterestCalculator /> },
            { key: "deadline", label: t("calc.tabs.deadline"), children: <DeadlineCalculator /> },
            { key: "auction", label: <span data-testid="calc-tab-auction">{t("calc.tabs.auction")}</span>, children: <AuctionCalculator /> },
          ]}
        />
      </Card>
    </div>
  );
}
