// Online judicial auctions over HTTP. Routes validate and translate; the services decide.
//   officers (the case's handler or the division head): lots of a case, notice, announcement,
//     priority holders, close, payment, ruling, hand-over, default, what follows a failure
//   bidders (any signed-in non-staff user): registration with the deposit, bids
//   the public (no sign-in): lots, a lot's page, its bid history by alias, live updates (SSE)
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireStaff, requireUser } from "../../http/auth";
import {
  recordBalancePaid,
  recordBuyerDefault,
  recordDifferencePaid,
  recordFixedPriceSaleOutcome,
  recordHandedOver,
  recordRulingServed,
  recordTransferHandedOver,
  recordTransferRulingServed,
  endDisposal,
  startFixedPriceSale,
  transferInLieu,
} from "./after-sale.service";
import { recordCauseEnded, recordPosting, resumeLot, suspendLot } from "./suspension.service";
import {
  balancePaidBody,
  bidBody,
  bidHistoryDto,
  bidResultDto,
  cancelBody,
  causeEndedBody,
  caseParams,
  creditorDto,
  differencePaidBody,
  postingBody,
  resumeBody,
  staffListDto,
  staffListQuery,
  suspendBody,
  closeResultDto,
  defaultBody,
  disposalParams,
  endDisposalBody,
  fixedSaleBody,
  fixedSaleOutcomeBody,
  handedOverBody,
  lotBody,
  lotDto,
  lotParams,
  lotSummaryDto,
  notifyBody,
  priorityBody,
  publicListQuery,
  publicLotDto,
  publicLotSummaryDto,
  registrationDto,
  registrationParams,
  rulingServedBody,
  transferBody,
} from "./auctions.schemas";
import { broadcaster, creditorsOfLot, getLot, getPublicLot, listCaseLots, listCourtLots, listPublicLots, liveSnapshot, myRegistration, myRegistrations, publicBidHistory } from "./auctions.queries";
import { registerBidder, submitBid } from "./bidding.service";
import { closeAuctionLot } from "./close.service";
import { announceLot, cancelLot, confirmPriority, createLot, notifyParties } from "./lots.service";
import { lotNotFound } from "./auctions.shared";

const tags = ["auctions"];

export function auctionsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const live = broadcaster(ctx);
    // An open event stream would keep the server from closing: end them first.
    app.addHook("preClose", async () => live.closeAll());

    const lotOf = async (req: FastifyRequest, id: string, ip: string) => getLot(ctx, requireUser(req), id, { ip });

    // ─── officers ────────────────────────────────────────────────────────────────────────────────
    app.post(
      "/cases/:id/lots",
      {
        schema: {
          tags,
          summary:
            "Set up an auction lot from a controlled, auctionable asset (handler or division head): starting price ≥ the floor (网拍规定 art 10 / 26), deposit 5–20 % (art 17), bidding ≥ 24 h (art 20), announcement period (arts 12, 26); opens the party-notice clock (art 16)",
          params: caseParams,
          body: lotBody,
          response: { 201: lotDto },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const id = await createLot(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await getLot(ctx, user, id, { ip: req.ip }));
      },
    );

    app.get(
      "/cases/:id/lots",
      { schema: { tags, summary: "The case's auction lots (court staff and the case's parties)", params: caseParams, response: { 200: z.object({ items: z.array(lotSummaryDto) }) } } },
      async (req) => ({ items: await listCaseLots(ctx, requireUser(req), req.params.id) }),
    );

    app.get(
      "/lots",
      {
        schema: {
          tags,
          summary: "The lots of every case of the signed-in officer's court, newest first, filtered by stored status (court staff)",
          querystring: staffListQuery,
          response: { 200: staffListDto },
        },
      },
      async (req) => listCourtLots(ctx, requireStaff(req), req.query),
    );

    app.get(
      "/lots/:id/creditors",
      {
        schema: {
          tags,
          summary: "Who may take the property in lieu (拍卖变卖规定 art 16): the case's applicant(s) with the outstanding claim, and other courts' creditors with a measure on the asset, ranked by the measures' order",
          params: lotParams,
          response: { 200: z.object({ items: z.array(creditorDto) }) },
        },
      },
      async (req) => ({ items: await creditorsOfLot(ctx, requireUser(req), req.params.id) }),
    );

    app.post(
      "/lots/:id/suspend",
      { schema: { tags, summary: "暂缓 (postpone) or 中止 (stay) an announced lot with the reason announced on the platform; bids are refused meanwhile (网拍规定 art 28)", params: lotParams, body: suspendBody, response: { 200: lotDto } } },
      async (req) => {
        await suspendLot(ctx, requireUser(req), req.params.id, req.body, req.ip);
        return lotOf(req, req.params.id, req.ip);
      },
    );

    app.post(
      "/lots/:id/suspension-ended",
      { schema: { tags, summary: "The postponement ended or the stay's cause lapsed: resume within 5 days (网拍规定 art 28 para 4; opens the clock)", params: lotParams, body: causeEndedBody, response: { 200: lotDto } } },
      async (req) => {
        await recordCauseEnded(ctx, requireUser(req), req.params.id, req.body, req.ip);
        return lotOf(req, req.params.id, req.ip);
      },
    );

    app.post(
      "/lots/:id/resume",
      { schema: { tags, summary: "Resume a suspended lot, re-announced today on a new schedule that follows the announcement periods (arts 12, 26) with ≥ 24 h of bidding; earlier bids are voided", params: lotParams, body: resumeBody, response: { 200: lotDto } } },
      async (req) => {
        await resumeLot(ctx, requireUser(req), req.params.id, req.body, req.ip);
        return lotOf(req, req.params.id, req.ip);
      },
    );

    app.post(
      "/lots/:id/posting",
      { schema: { tags, summary: "Post on the platform for parties or priority holders who cannot be notified, with the reason: deemed notified after 5 days (网拍规定 art 16 para 1); gates the announcement like the 3-day notice", params: lotParams, body: postingBody, response: { 200: lotDto } } },
      async (req) => {
        await recordPosting(ctx, requireUser(req), req.params.id, req.body, req.ip);
        return lotOf(req, req.params.id, req.ip);
      },
    );

    const disposalLot = async (id: string) => (await ctx.database.db.selectFrom("auction_disposals").select("lot_id").where("id", "=", id).executeTakeFirstOrThrow()).lot_id;

    app.post(
      "/disposals/:id/difference-paid",
      { schema: { tags, summary: "以物抵债: the transferee paid in the difference above its claim (拍卖变卖规定 art 16 para 2): a receipt into the ledger; the ruling due within 10 days (art 20)", params: disposalParams, body: differencePaidBody, response: { 200: lotDto } } },
      async (req) => {
        const user = requireUser(req);
        await recordDifferencePaid(ctx, user, req.params.id, req.body, req.ip);
        return getLot(ctx, user, await disposalLot(req.params.id), { ip: req.ip });
      },
    );

    app.post(
      "/disposals/:id/ruling-served",
      { schema: { tags, summary: "以物抵债: the ruling served — ownership passes, the seal ends, the applicant's claim is reduced by the set-off in the ledger; hand-over within 15 days (拍卖变卖规定 arts 20, 26, 27)", params: disposalParams, body: rulingServedBody, response: { 200: lotDto } } },
      async (req) => {
        const user = requireUser(req);
        await recordTransferRulingServed(ctx, user, req.params.id, req.body, req.ip);
        return getLot(ctx, user, await disposalLot(req.params.id), { ip: req.ip });
      },
    );

    app.post(
      "/disposals/:id/handed-over",
      { schema: { tags, summary: "以物抵债: the property handed over to the transferee (拍卖变卖规定 art 27)", params: disposalParams, body: handedOverBody, response: { 200: lotDto } } },
      async (req) => {
        const user = requireUser(req);
        await recordTransferHandedOver(ctx, user, req.params.id, req.body, req.ip);
        return getLot(ctx, user, await disposalLot(req.params.id), { ip: req.ip });
      },
    );

    app.get(
      "/lots/:id",
      {
        schema: {
          tags,
          summary: "A lot as court staff see it: bidders with names (each read audited), result, deposits, clocks, disposals, what may follow a failure",
          params: lotParams,
          response: { 200: lotDto },
        },
      },
      async (req) => lotOf(req, req.params.id, req.ip),
    );

    app.post(
      "/lots/:id/notify-parties",
      { schema: { tags, summary: "The parties and known priority holders were notified, at least 3 days before the announcement (网拍规定 art 16)", params: lotParams, body: notifyBody, response: { 200: lotDto } } },
      async (req) => {
        await notifyParties(ctx, requireUser(req), req.params.id, req.body, req.ip);
        return lotOf(req, req.params.id, req.ip);
      },
    );

    app.post(
      "/lots/:id/announce",
      { schema: { tags, summary: "Publish the announcement today: the parties notified 3 days before, the announcement period (15 / 30 days; re-auction 7 / 15) running in full before bidding", params: lotParams, response: { 200: lotDto } } },
      async (req) => {
        await announceLot(ctx, requireUser(req), req.params.id, req.ip);
        return lotOf(req, req.params.id, req.ip);
      },
    );

    app.post(
      "/lots/:id/cancel",
      { schema: { tags, summary: "Withdraw or suspend a lot not yet closed, with the reason (网拍规定 art 28); paid deposits are refunded", params: lotParams, body: cancelBody, response: { 200: lotDto } } },
      async (req) => {
        await cancelLot(ctx, requireUser(req), req.params.id, req.body, req.ip);
        return lotOf(req, req.params.id, req.ip);
      },
    );

    app.post(
      "/lots/:id/close",
      { schema: { tags, summary: "Close bidding once the (extended) end has passed: sold or failed; deposits settled (网拍规定 arts 20–23, 26). Idempotent", params: lotParams, response: { 200: closeResultDto } } },
      async (req) => {
        const user = requireUser(req);
        const o = await closeAuctionLot(ctx, user, req.params.id, req.ip);
        return { lot: await getLot(ctx, user, req.params.id, { ip: req.ip }), closedNow: o.closedNow };
      },
    );

    app.post(
      "/registrations/:id/priority",
      { schema: { tags, summary: "Confirm a registered bidder as a priority holder with its rank (网拍规定 art 19)", params: registrationParams, body: priorityBody, response: { 200: lotDto } } },
      async (req) => {
        const user = requireUser(req);
        await confirmPriority(ctx, user, req.params.id, req.body, req.ip);
        const lotId = (await ctx.database.db.selectFrom("auction_registrations").select("lot_id").where("id", "=", req.params.id).executeTakeFirstOrThrow()).lot_id;
        return getLot(ctx, user, lotId, { ip: req.ip });
      },
    );

    app.post(
      "/lots/:id/balance-paid",
      { schema: { tags, summary: "The buyer paid the rest of the price: the full price into the case ledger (auctionProceeds); the ruling is due within 10 days (拍卖变卖规定 art 20)", params: lotParams, body: balancePaidBody, response: { 200: lotDto } } },
      async (req) => {
        await recordBalancePaid(ctx, requireUser(req), req.params.id, req.body, req.ip);
        return lotOf(req, req.params.id, req.ip);
      },
    );

    app.post(
      "/lots/:id/ruling-served",
      { schema: { tags, summary: "The confirmation ruling was served: ownership passes (网拍规定 art 22); hand-over within 15 days (拍卖变卖规定 art 27)", params: lotParams, body: rulingServedBody, response: { 200: lotDto } } },
      async (req) => {
        await recordRulingServed(ctx, requireUser(req), req.params.id, req.body, req.ip);
        return lotOf(req, req.params.id, req.ip);
      },
    );

    app.post(
      "/lots/:id/handed-over",
      { schema: { tags, summary: "The property was handed over to the buyer (拍卖变卖规定 art 27)", params: lotParams, body: handedOverBody, response: { 200: lotDto } } },
      async (req) => {
        await recordHandedOver(ctx, requireUser(req), req.params.id, req.body, req.ip);
        return lotOf(req, req.params.id, req.ip);
      },
    );

    app.post(
      "/lots/:id/buyer-default",
      { schema: { tags, summary: "悔拍: the deposit forfeited and applied in order, the defaulter barred from the re-auction (网拍规定 art 24)", params: lotParams, body: defaultBody, response: { 200: lotDto } } },
      async (req) => {
        await recordBuyerDefault(ctx, requireUser(req), req.params.id, req.body, req.ip);
        return lotOf(req, req.params.id, req.ip);
      },
    );

    app.post(
      "/lots/:id/transfer-in-lieu",
      { schema: { tags, summary: "以物抵债 after a failure: the creditor first in the legal order takes it at the reserve (or sale) price; a tie is drawn by lot (拍卖变卖规定 art 16)", params: lotParams, body: transferBody, response: { 200: lotDto } } },
      async (req) => {
        await transferInLieu(ctx, requireUser(req), req.params.id, req.body, req.ip);
        return lotOf(req, req.params.id, req.ip);
      },
    );

    app.post(
      "/lots/:id/fixed-price-sale",
      { schema: { tags, summary: "After a second failure: the fixed-price sale at the second starting price (网拍规定 art 26 para 2; 60 days UNCONFIRMED, configurable)", params: lotParams, body: fixedSaleBody, response: { 200: lotDto } } },
      async (req) => {
        await startFixedPriceSale(ctx, requireUser(req), req.params.id, req.body, req.ip);
        return lotOf(req, req.params.id, req.ip);
      },
    );

    app.post(
      "/disposals/:id/outcome",
      { schema: { tags, summary: "The fixed-price sale's outcome: sold (the price into the ledger) or unsold after its period", params: disposalParams, body: fixedSaleOutcomeBody, response: { 200: lotDto } } },
      async (req) => {
        const user = requireUser(req);
        await recordFixedPriceSaleOutcome(ctx, user, req.params.id, req.body, req.ip);
        const lotId = (await ctx.database.db.selectFrom("auction_disposals").select("lot_id").where("id", "=", req.params.id).executeTakeFirstOrThrow()).lot_id;
        return getLot(ctx, user, lotId, { ip: req.ip });
      },
    );

    app.post(
      "/lots/:id/end-disposal",
      { schema: { tags, summary: "Unsold and not taken in lieu: management by the applicant, or release and return (民诉法解释 art 490)", params: lotParams, body: endDisposalBody, response: { 200: lotDto } } },
      async (req) => {
        await endDisposal(ctx, requireUser(req), req.params.id, req.body, req.ip);
        return lotOf(req, req.params.id, req.ip);
      },
    );

    // ─── bidders ─────────────────────────────────────────────────────────────────────────────────
    app.post(
      "/lots/:id/registrations",
      {
        schema: {
          tags,
          summary: "Register to bid (any signed-in non-staff user, 网拍规定 art 34): an alias, and the deposit paid through the payment system (the applicant only what its claim does not cover, art 17)",
          params: lotParams,
          response: { 201: registrationDto, 200: registrationDto },
        },
      },
      async (req, reply) => {
        const r = await registerBidder(ctx, requireUser(req), req.params.id, req.ip);
        return reply.code(r.created ? 201 : 200).send(r.registration);
      },
    );

    app.get(
      "/lots/:id/registration",
      { schema: { tags, summary: "My registration for this lot", params: lotParams, response: { 200: registrationDto } } },
      async (req) => myRegistration(ctx, requireUser(req), req.params.id),
    );

    app.get(
      "/auction-registrations",
      { schema: { tags, summary: "My registrations (a bidder's auctions), newest first, with each lot's public summary", response: { 200: z.object({ items: z.array(z.object({ registration: registrationDto, lot: publicLotSummaryDto })) }) } } },
      async (req) => ({ items: await myRegistrations(ctx, requireUser(req)) }),
    );

    app.post(
      "/lots/:id/bids",
      {
        schema: {
          tags,
          summary:
            "Bid (a registered bidder with its deposit paid). The server's clock decides; bids on a lot are serialized; a repeated bidId returns its first answer. 201: accepted; 200: refused (with the reason) or a repeat",
          params: lotParams,
          body: bidBody,
          response: { 201: bidResultDto, 200: bidResultDto },
        },
      },
      async (req, reply) => {
        const r = await submitBid(ctx, requireUser(req), req.params.id, req.body, req.ip);
        return reply.code(r.created ? 201 : 200).send(r.result);
      },
    );

    // ─── the public ──────────────────────────────────────────────────────────────────────────────
    app.get(
      "/public/lots",
      {
        schema: {
          tags,
          summary: "Auction lots for anyone (no sign-in): upcoming, bidding, ended, sold, failed …; drafts never",
          querystring: publicListQuery,
          response: { 200: z.object({ items: z.array(publicLotSummaryDto), total: z.number(), page: z.number(), pageSize: z.number(), serverNow: z.string() }) },
        },
      },
      async (req) => listPublicLots(ctx, req.query),
    );

    app.get(
      "/public/lots/:id",
      {
        schema: {
          tags,
          summary: "A lot's public page: notice, property without personal data, documents, prices, the live state and countdown end, the result",
          params: lotParams,
          response: { 200: publicLotDto },
        },
      },
      async (req) => getPublicLot(ctx, req.params.id),
    );

    app.get(
      "/public/lots/:id/bids",
      { schema: { tags, summary: "The accepted bids, newest first, by bidder alias (网拍规定 art 20 para 3)", params: lotParams, response: { 200: bidHistoryDto } } },
      async (req) => publicBidHistory(ctx, req.params.id),
    );

    app.get(
      "/public/lots/:id/events",
      {
        schema: {
          tags,
          summary:
            "Server-Sent Events: `event: lot` with the live state (price, leader alias, the possibly extended end, server time) on connecting and after every change; `: keepalive` comments every 15 s",
          params: lotParams,
        },
      },
      async (req, reply) => {
        const first = await liveSnapshot(ctx, req.params.id);
        if (!first) throw lotNotFound();
        reply.hijack();
        const raw = reply.raw;
        raw.writeHead(200, {
          "content-type": "text/event-stream; charset=utf-8",
          "cache-control": "no-cache, no-transform",
          connection: "keep-alive",
          "x-accel-buffering": "no",
        });
        const send = (s: typeof first) => {
          if (!raw.writableEnded) raw.write(`id: ${s.version}\nevent: lot\ndata: ${JSON.stringify(s)}\n\n`);
        };
        raw.write("retry: 3000\n\n");
        send(first);
        const keepalive = setInterval(() => {
          if (!raw.writableEnded) raw.write(": keepalive\n\n");
        }, 15_000);
        keepalive.unref();
        let unsubscribe = () => {};
        const end = () => {
          clearInterval(keepalive);
          unsubscribe();
          untrack();
          if (!raw.writableEnded) raw.end();
        };
        const untrack = live.track(end);
        unsubscribe = live.subscribe(req.params.id, send, first.version);
        req.raw.on("close", end);
      },
    );
  };
}
