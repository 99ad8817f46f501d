// Public calculators: no sign-in. The rules live in @zhixing/domain; these routes only validate.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { computeDeadline, DomainError, isDomainError, computeDelayInterest, computeEnforcementFee, computePreservationFee, delayDays } from "@zhixing/domain";
import type { AppContext } from "../../context";
import { calcAuction } from "../auctions/auction-calc";
import { auctionSettings } from "../auctions/auction-settings";
import { calcAuctionBody, calcAuctionDto, calcAuctionQuery } from "../auctions/auctions.schemas";
import { deadlineDto, deadlinePeriod, deadlineQuery, feeDto, feeQuery, interestDto, interestQuery, preservationFeeDto } from "./calc.schemas";

export function calcRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/calc/fee", { schema: { tags: ["calculators"], summary: "执行申请费 enforcement fee", querystring: feeQuery, response: { 200: feeDto } } }, async (req) =>
      computeEnforcementFee(req.query.amountFen),
    );
    app.get(
      "/calc/preservation-fee",
      { schema: { tags: ["calculators"], summary: "保全费 preservation fee", querystring: feeQuery, response: { 200: preservationFeeDto } } },
      async (req) => computePreservationFee(req.query.amountFen),
    );
    app.get(
      "/calc/interest",
      { schema: { tags: ["calculators"], summary: "加倍部分债务利息 doubled delay interest", querystring: interestQuery, response: { 200: interestDto } } },
      async (req) => {
        const q = req.query;
        const days = q.days ?? delayDays(q.from!, q.to!);
        const r = computeDelayInterest({ principalFen: q.principalFen, days });
        return q.from ? { ...r, from: q.from, to: q.to } : r;
      },
    );
    app.get(
      "/calc/deadline",
      { schema: { tags: ["calculators"], summary: "期间计算 deadline", querystring: deadlineQuery, response: { 200: deadlineDto } } },
      async (req) => {
        try {
          return computeDeadline(req.query.from, deadlinePeriod(req.query), ctx.calendar.get());
        } catch (e) {
          // A period reaching outside the calendar's years is a problem with the start date given.
          if (isDomainError(e) && e.code === "CALENDAR_UNKNOWN_YEAR") throw new DomainError(e.code, e.messages, { field: "from" });
          throw e;
        }
      },
    );
    // 网拍规定 arts 10, 12, 16, 17, 26: minimum starting price, deposit range and announcement dates, with citations.
    const auctionSummary = "拍卖参数 auction parameters: minimum starting price, deposit range, announcement and notice dates (网拍规定 arts 10, 12, 16, 17, 26)";
    app.get("/calc/auction", { schema: { tags: ["calculators"], summary: auctionSummary, querystring: calcAuctionQuery, response: { 200: calcAuctionDto } } }, async (req) =>
      calcAuction({ ...req.query, round: req.query.round === undefined ? undefined : (Number(req.query.round) as 1 | 2) }, ctx.calendar.get(), auctionSettings(ctx).periods),
    );
    app.post("/calc/auction", { schema: { tags: ["calculators"], summary: auctionSummary, body: calcAuctionBody, response: { 200: calcAuctionDto } } }, async (req) =>
      calcAuction(req.body, ctx.calendar.get(), auctionSettings(ctx).periods),
    );
  };
}
