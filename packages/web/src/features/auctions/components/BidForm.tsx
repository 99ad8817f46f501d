import { useState } from "react";
import { Alert, Button, Checkbox, Form, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { BidResult, BidderRegistration, LiveLot } from "../../../api/types";
import { ApiError, pickLocalized } from "../../../api/client";
import { YuanInput } from "../../../components/YuanInput";
import { formatFen, formatShanghaiDateTime } from "../../../lib/format";
import { usePlaceBid } from "../hooks/useAuctions";
import { isTransient, newBidId, quickBids } from "../lib";

type Pending = { bidId: string; amountFen: number; priorityRank?: number };

/** What the bidder sees after sending a bid: accepted (and whether the end moved), refused with the rule, or a failure to retry. */
export function BidAnswer({ result, error, onRetry }: { result: BidResult | null; error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  if (result?.kind === "accepted") {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="bid-answer"
        data-kind="accepted"
        title={
          result.extended
            ? t("auction.bid.acceptedExtended", { amount: formatFen(result.amountFen), at: formatShanghaiDateTime(result.live.endAt).slice(0, 16) })
            : t("auction.bid.accepted", { amount: formatFen(result.amountFen) })
        }
        description={result.duplicate ? t("auction.bid.duplicate") : undefined}
      />
    );
  }
  if (result?.kind === "refused") {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="bid-answer"
        data-kind="refused"
        data-reason={result.reason ?? ""}
        title={t("auction.bid.refused")}
        description={result.message ? pickLocalized(result.message, i18n.language) : result.reason}
      />
    );
  }
  if (error) {
    const text = error instanceof ApiError ? error.localized(i18n.language) : t("errors.unexpected");
    const transient = isTransient(error);
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="bid-answer"
        data-kind="error"
        title={text}
        description={transient ? t("auction.bid.retryHelp") : undefined}
        action={
          transient && onRetry ? (
            <Button size="small" onClick={onRetry} data-testid="bid-retry">
              {t("auction.bid.retry")}
            </Button>
          ) : undefined
        }
      />
    );
  }
  return null;
}

/**
 * The bid form: the minimum next bid (the starting price, then the price plus the increment), quick
 * amounts, and a client-made bid id. The id is made when the bid is sent and kept until the server
 * answers: a retry after a network failure sends the same id, so the server returns the first answer
 * instead of placing the bid twice (the API's idempotent bid ids).
 */
export function BidForm({
  lotId,
  live,
  registration,
  onAnswer,
  makeBidId = newBidId,
}: {
  lotId: string;
  live: LiveLot;
  registration: BidderRegistration;
  onAnswer?: (r: BidResult) => void;
  makeBidId?: () => string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ amountFen?: number; asPriority?: boolean }>();
  const bid = usePlaceBid(lotId);
  const [pending, setPending] = useState<Pending | null>(null);
  const [result, setResult] = useState<BidResult | null>(null);
  const minimum = live.minimumNextBidFen;
  const yuan = t("common.yuan");

  const send = (p: Pending) => {
    setPending(p);
    setResult(null);
    bid.mutate(p, {
      onSuccess: (r) => {
        setResult(r);
        setPending(null); // answered: the next bid gets a new id
        onAnswer?.(r);
        if (r.kind === "accepted") form.setFieldValue("amountFen", undefined);
      },
      // A failure keeps `pending` (and its id) for the retry button.
    });
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      data-testid="bid-form"
      onFinish={(v) => {
        if (v.amountFen === undefined) return;
        send({ bidId: makeBidId(), amountFen: v.amountFen, ...(v.asPriority && registration.priorityRank ? { priorityRank: registration.priorityRank } : {}) });
      }}
    >
      <div data-testid="bid-minimum" data-minimum-fen={minimum ?? ""} style={{ marginBottom: 8 }}>
        <Typography.Text strong>{minimum !== null ? t("auction.bid.minimum", { amount: formatFen(minimum) }) : t("auction.countdown.ended")}</Typography.Text>
        <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }}>{t("auction.bid.minimumHelp")}</div>
      </div>
      <Form.Item
        label={t("auction.bid.amount")}
        name="amountFen"
        rules={[
          { required: true, message: t("common.amountInvalid") },
          {
            validator: async (_, v: number | undefined) => {
              if (v !== undefined && minimum !== null && v < minimum) throw new Error(t("auction.bid.belowMinimum", { amount: formatFen(minimum) }));
            },
          },
        ]}
      >
        <YuanInput data-testid="bid-amount" aria-label={t("auction.bid.amount")} />
      </Form.Item>
      {minimum !== null ? (
        <Space wrap style={{ marginBottom: 12 }}>
          {quickBids(minimum, live.incrementFen).map((a, i) => (
            <Button key={a} size="small" onClick={() => form.setFieldsValue({ amountFen: a })} data-testid={`bid-quick-${i}`}>
              {formatFen(a)} {yuan}
            </Button>
          ))}
        </Space>
      ) : null}
      {registration.priorityRank ? (
        <Form.Item name="asPriority" valuePropName="checked">
          <Checkbox data-testid="bid-as-priority">{t("auction.bid.asPriority", { rank: registration.priorityRank })}</Checkbox>
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" block size="large" loading={bid.isPending} disabled={minimum === null} data-testid="bid-submit">
        {t("auction.bid.submit")}
      </Button>
      <div style={{ marginTop: 12 }}>
        <BidAnswer result={result} error={bid.isError ? bid.error : null} onRetry={pending ? () => send(pending) : undefined} />
      </div>
    </Form>
  );
}
