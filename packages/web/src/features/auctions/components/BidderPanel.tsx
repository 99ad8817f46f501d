import { useState } from "react";
import { Alert, App, Button, Card, Descriptions, Modal, Space, Tag, Typography } from "antd";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { citeSource } from "@zhixing/domain";
import type { BidHistoryItem, BidResult, BidderRegistration, LiveLot, LotPublicStatus, PublicLot, User } from "../../../api/types";
import { CitationList } from "../../../components/CitationText";
import { Money } from "../../../components/Money";
import { formatFen, formatShanghaiDateTime } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { isStaff } from "../../auth/roles";
import { useMyRegistration, useRegisterForLot } from "../hooks/useAuctions";
import { bidderStanding, isOpenPhase, type Standing } from "../lib";
import { FIGURE_BASIS } from "./LotFigures";
import { BidForm } from "./BidForm";

/** 网拍规定 art 34: the court and its staff may not bid. */
export const STAFF_MAY_NOT_BID = [citeSource("onlineAuction", "art 34")];

const STANDING_COLOR: Record<Standing, string> = { leading: "green", outbid: "red", notBid: "default", won: "success", lost: "default" };

/** Who may bid may not be court staff or an agency liaison (the server's assertMayBid). */
export const mayBid = (user: User) => !isStaff(user.role) && user.role !== "agencyLiaison";

function Standing({ standing }: { standing: Standing }) {
  const { t } = useTranslation();
  return (
    <Tag color={STANDING_COLOR[standing]} data-testid="bidder-standing" data-standing={standing} style={{ fontSize: 14, padding: "2px 8px" }}>
      {t(`auction.bidder.standing.${standing}`)}
    </Tag>
  );
}

/** The signed-in bidder's part of the page once registered: code, deposit, standing, the bid form or the result. */
export function RegisteredBidder({
  lot,
  live,
  phase,
  registration,
  history,
  onAnswer,
}: {
  lot: PublicLot;
  live: LiveLot;
  phase: LotPublicStatus;
  registration: BidderRegistration;
  history: BidHistoryItem[];
  onAnswer?: (r: BidResult) => void;
}) {
  const { t } = useTranslation();
  const register = useRegisterForLot(lot.id);
  const showError = useApiError();
  const yuan = t("common.yuan");
  const standing = bidderStanding(registration, { leaderAlias: live.leaderAlias, status: phase }, history, lot.result);
  const paid = registration.depositStatus !== "pending";
  const won = standing === "won";
  const balance = lot.result?.priceFen != null ? lot.result.priceFen - (registration.depositStatus === "applied" || registration.depositStatus === "forfeited" ? registration.depositDueFen : 0) : null;

  return (
    <div data-testid="bidder-registered" data-alias={registration.alias} data-deposit-status={registration.depositStatus}>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t("auction.bidder.yourAlias")}>
          <strong data-testid="bidder-alias">{registration.alias}</strong>
        </Descriptions.Item>
        <Descriptions.Item label={t("auction.bidder.depositDue")}>
          <Money fen={registration.depositDueFen} unit={yuan} />{" "}
          <Tag data-testid="bidder-deposit-status">{t(`auction.bidder.depositStatus.${registration.depositStatus}`)}</Tag>
          {registration.exempt ? <div style={{ fontSize: 12 }}>{t("auction.bidder.depositExempt")}</div> : null}
          {registration.refundedAt ? (
            <div style={{ fontSize: 12 }}>{t("auction.bidder.refundedAt", { at: formatShanghaiDateTime(registration.refundedAt).slice(0, 16) })}</div>
          ) : registration.refundDueAt ? (
            <div style={{ fontSize: 12 }}>{t("common.labelValue", { label: t("auction.bidder.refundDue"), value: formatShanghaiDateTime(registration.refundDueAt).slice(0, 16) })}</div>
          ) : null}
        </Descriptions.Item>
        {standing ? (
          <Descriptions.Item label={t("auction.bidder.standingLabel")}>
            <Standing standing={standing} />
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {!paid ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="bidder-payment-error"
          title={t("auction.bidder.paymentFailed", { error: registration.paymentError ?? "—" })}
          action={
            isOpenPhase(phase) ? (
              <Button size="small" loading={register.isPending} onClick={() => register.mutate(undefined, { onError: (e) => showError(e) })} data-testid="bidder-retry-payment">
                {t("auction.bidder.retryPayment")}
              </Button>
            ) : undefined
          }
        />
      ) : phase === "bidding" ? (
        <BidForm lotId={lot.id} live={live} registration={registration} onAnswer={onAnswer} />
      ) : phase === "upcoming" ? (
        <Alert type="info" showIcon data-testid="bidder-wait" title={t("auction.bidder.upcomingText", { at: formatShanghaiDateTime(live.startAt).slice(0, 16) })} />
      ) : phase === "ended" ? (
        <Alert type="info" showIcon data-testid="bidder-wait" title={t("auction.bidder.endedText")} />
      ) : phase === "cancelled" ? (
        <Alert type="warning" showIcon title={t("auction.bidder.cancelled")} />
      ) : won ? (
        <Alert
          type="success"
          showIcon
          data-testid="bidder-result"
          data-result="won"
          title={t("auction.bidder.standing.won")}
          description={
            <>
              {t("auction.bidder.wonText", { price: formatFen(lot.result?.priceFen ?? live.priceFen), deposit: formatFen(registration.depositDueFen), balance: formatFen(balance) })}
              <CitationList items={[citeSource("onlineAuction", "art 25"), citeSource("onlineAuction", "art 24")]} />
            </>
          }
        />
      ) : (
        <Alert
          type="info"
          showIcon
          data-testid="bidder-result"
          data-result="lost"
          title={t(`auction.bidder.standing.${standing === "notBid" ? "notBid" : "lost"}`)}
          description={
            <>
              {t("auction.bidder.lostText")}
              <CitationList items={[FIGURE_BASIS.refund]} />
            </>
          }
        />
      )}
    </div>
  );
}

/** Register for the lot and pay the deposit (simulated payment), after a confirmation saying what it means. */
function RegisterButton({ lot }: { lot: PublicLot }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const register = useRegisterForLot(lot.id);
  const showError = useApiError();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t("auction.bidder.depositDue")}>
          <Money fen={lot.depositFen} unit={t("common.yuan")} />
          <CitationList items={[FIGURE_BASIS.deposit]} />
        </Descriptions.Item>
      </Descriptions>
      <Button type="primary" block size="large" onClick={() => setOpen(true)} data-testid="bidder-register">
        {t("auction.bidder.registerButton")}
      </Button>
      <Modal
        open={open}
        title={t("auction.bidder.confirmTitle")}
        onCancel={() => setOpen(false)}
        okText={t("auction.bidder.confirmOk")}
        cancelText={t("common.cancel")}
        confirmLoading={register.isPending}
        okButtonProps={{ "data-testid": "bidder-register-confirm" } as never}
        onOk={() =>
          register.mutate(undefined, {
            onSuccess: (r) => {
              setOpen(false);
              if (r.depositStatus === "pending") void message.error(t("auction.bidder.paymentFailed", { error: r.paymentError ?? "—" }));
              else void message.success(t("auction.bidder.registeredAs", { alias: r.alias }));
            },
            onError: (e) => showError(e),
          })
        }
      >
        <Typography.Paragraph data-testid="bidder-register-text">{t("auction.bidder.confirmText", { amount: formatFen(lot.depositFen) })}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t("auction.bidder.simulated")}</Typography.Paragraph>
        <CitationList items={[FIGURE_BASIS.deposit, FIGURE_BASIS.refund]} />
      </Modal>
    </>
  );
}

/**
 * 我要竞买: sign in (any non-staff account), register and pay the deposit, bid, see one's standing and
 * the result. Court staff are told they may not bid (网拍规定 art 34).
 */
export function BidderPanel({
  lot,
  live,
  phase,
  user,
  history,
  onAnswer,
}: {
  lot: PublicLot;
  live: LiveLot;
  phase: LotPublicStatus;
  user: User | null | undefined;
  history: BidHistoryItem[];
  onAnswer?: (r: BidResult) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const bidder = !!user && mayBid(user);
  const reg = useMyRegistration(lot.id, bidder);
  const next = encodeURIComponent(`/auctions/${lot.id}`);

  let body: React.ReactNode;
  if (!user) {
    body = (
      <div data-testid="bidder-sign-in">
        <Typography.Paragraph>{t("auction.bidder.signInHelp")}</Typography.Paragraph>
        <Space wrap>
          <Button type="primary" size="large" onClick={() => navigate(`/login?next=${next}`)} data-testid="bidder-login">
            {t("auction.bidder.login")}
          </Button>
          <Button size="large" onClick={() => navigate(`/register?next=${next}`)} data-testid="bidder-signup">
            {t("auction.bidder.register")}
          </Button>
        </Space>
      </div>
    );
  } else if (!bidder) {
    body = (
      <Alert
        type="warning"
        showIcon
        data-testid="bidder-staff"
        title={t("auction.bidder.staff")}
        description={<CitationList items={STAFF_MAY_NOT_BID} />}
      />
    );
  } else if (reg.isPending) {
    body = <Typography.Text type="secondary">{t("common.loading")}</Typography.Text>;
  } else if (reg.isError) {
    body = <Alert type="error" showIcon title={t("errors.loadFailed")} />;
  } else if (reg.data) {
    body = <RegisteredBidder lot={lot} live={live} phase={phase} registration={reg.data} history={history} onAnswer={onAnswer} />;
  } else if (isOpenPhase(phase)) {
    body = <RegisterButton lot={lot} />;
  } else {
    body = <Typography.Text type="secondary" data-testid="bidder-closed">{t("auction.bidder.notOpen")}</Typography.Text>;
  }
  return (
    <Card size="small" title={t("auction.bidder.title")} data-testid="bidder-panel">
      {body}
    </Card>
  );
}
