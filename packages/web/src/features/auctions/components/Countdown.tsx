import { Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { LiveLot, LotPublicStatus } from "../../../api/types";
import { clockText, countdownParts, countdownTarget, EXTENSION_WINDOW_MS } from "../lib";
import { formatShanghaiDateTime } from "../../../lib/format";

/**
 * The countdown to the start of an upcoming lot or to the (possibly extended) end of a bidding one, on
 * the server's clock (`nowMs`). It follows extensions because `live.endAt` is the current end.
 */
export function Countdown({ live, phase, nowMs, size = "large" }: { live: LiveLot; phase: LotPublicStatus; nowMs: number; size?: "large" | "small" }) {
  const { t } = useTranslation();
  const target = countdownTarget(live, phase);
  const endText = formatShanghaiDateTime(live.endAt).slice(0, 16);
  if (!target) {
    return (
      <div data-testid="lot-countdown" data-to="none" data-end-at={live.endAt}>
        <Typography.Text type="secondary">{phase === "cancelled" ? t("auction.status.cancelled") : t("auction.countdown.ended")}</Typography.Text>
        {live.extended ? (
          <Tag color="orange" style={{ marginLeft: 8 }} data-testid="lot-extended">
            {t("auction.extended")}
          </Tag>
        ) : null}
      </div>
    );
  }
  const left = target.atMs - nowMs;
  const p = countdownParts(left);
  const lastMinutes = target.to === "end" && left <= EXTENSION_WINDOW_MS;
  return (
    <div data-testid="lot-countdown" data-to={target.to} data-end-at={live.endAt} data-remaining-ms={p.totalMs} className="lot-countdown">
      <div style={{ fontSize: 13, color: "rgba(0,0,0,0.55)" }}>{t(target.to === "start" ? "auction.countdown.toStart" : "auction.countdown.toEnd")}</div>
      <div
        role="timer"
        aria-label={`${t(target.to === "start" ? "auction.countdown.toStart" : "auction.countdown.toEnd")} ${p.days ? t("auction.countdown.days", { count: p.days }) : ""}${clockText(p)}`}
        className={lastMinutes ? "overdue num" : "num"}
        style={{ fontSize: size === "large" ? 24 : 15, fontWeight: 600, textAlign: "left" }}
        data-testid="lot-countdown-value"
      >
        {p.days ? <span>{t("auction.countdown.days", { count: p.days })}</span> : null}
        {clockText(p)}
      </div>
      {target.to === "end" ? (
        <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }}>
          {t("common.labelValue", { label: t("auction.endAt"), value: endText })}
          {live.extended ? (
            <Tag color="orange" style={{ marginLeft: 8 }} data-testid="lot-extended">
              {t("auction.extended")}
            </Tag>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
