import { Card, Descriptions, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseMoney } from "../../../api/types";
import { ErrorState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { formatDate } from "../../../lib/format";
import { useLedger } from "../hooks/useLedger";

function MoneyRows({ money }: { money: CaseMoney }) {
  const { t } = useTranslation();
  const yuan = t("common.yuan");
  return (
    <Descriptions size="small" column={1} bordered styles={{ content: { textAlign: "right" } }}>
      <Descriptions.Item label={t("money.received")}>
        <span data-testid="money-received">
          <Money fen={money.receivedFen} unit={yuan} />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t("money.paidOut")}>
        <span data-testid="money-paid">
          <Money fen={money.paidToApplicantFen} unit={yuan} />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t("money.held")}>
        <span data-testid="money-held">
          <Money fen={money.heldForApplicantFen} unit={yuan} />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t("money.nextPayout")}>
        <span className="num" data-testid="money-next-payout">
          {money.nextPayoutDue ? formatDate(money.nextPayoutDue) : t("money.noPayoutDue")}
        </span>
      </Descriptions.Item>
    </Descriptions>
  );
}

function FromLedger({ caseId }: { caseId: string }) {
  const query = useLedger(caseId);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 3 }} data-testid="loading-state" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const s = query.data.summary;
  return (
    <MoneyRows
      money={{
        receivedFen: s.receivedFen,
        paidToApplicantFen: s.paidToApplicantFen ?? 0,
        heldForApplicantFen: s.heldForApplicantFen ?? 0,
        nextPayoutDue: s.nextPayoutDue,
      }}
    />
  );
}

/**
 * The applicant's money: received, paid out to it, held for it, and the next payout deadline. From
 * `money` in the case detail when the server sends it (null: nothing received yet), else from the ledger.
 */
export function MoneyCard({ caseId, money }: { caseId: string; money: CaseMoney | null | undefined }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t("money.cardTitle")} style={{ marginBottom: 12 }} data-testid="money-card">
      {money === undefined ? (
        <FromLedger caseId={caseId} />
      ) : money === null ? (
        <>
          <MoneyRows money={{ receivedFen: 0, paidToApplicantFen: 0, heldForApplicantFen: 0, nextPayoutDue: null }} />
          <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }} data-testid="empty-state">
            {t("money.nothingYet")}
          </Typography.Paragraph>
        </>
      ) : (
        <MoneyRows money={money} />
      )}
      <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0", fontSize: 12 }}>
        {t("money.payoutNote")}
      </Typography.Paragraph>
    </Card>
  );
}
