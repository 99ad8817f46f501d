// The case's money ledger: one read for staff, supervisors and the parties (each its own view), and one
// write endpoint per kind of entry (staff of the case's court: its handler, the division head, the president).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context";
import { requireUser } from "../../http/auth";
import { caseIdParams } from "../cases/cases.schemas";
import { getLedger } from "./ledger.queries";
import { deductionBody, distributionBody, feeBody, ledgerDto, payoutBody, receiptBody, reversalBody } from "./ledger.schemas";
import { deductFrozenFunds, distributeReceipts, recordPayout, recordReceipt, retainFee, reverseEntry } from "./ledger.service";

export function ledgerRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/cases/:id/ledger",
      {
        schema: {
          tags: ["ledger"],
          summary: "执行款台账 the case's money ledger: entries, balances, payout deadlines (each party sees its own money)",
          params: caseIdParams,
          response: { 200: ledgerDto },
        },
      },
      async (req) => getLedger(ctx, requireUser(req), req.params.id),
    );

    app.post(
      "/cases/:id/ledger/receipts",
      { schema: { tags: ["ledger"], summary: "Record money received (respondent's payment or other)", params: caseIdParams, body: receiptBody, response: { 201: ledgerDto } } },
      async (req, reply) => {
        const user = requireUser(req);
        await recordReceipt(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await getLedger(ctx, user, req.params.id));
      },
    );

    app.post(
      "/cases/:id/ledger/deductions",
      { schema: { tags: ["ledger"], summary: "扣划 deduct money under an active freeze of a deposit or online-payment asset", params: caseIdParams, body: deductionBody, response: { 201: ledgerDto } } },
      async (req, reply) => {
        const user = requireUser(req);
        await deductFrozenFunds(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await getLedger(ctx, user, req.params.id));
      },
    );

    app.post(
      "/cases/:id/ledger/distributions",
      { schema: { tags: ["ledger"], summary: "Distribute the undistributed money over the claim in the legal order", params: caseIdParams, body: distributionBody, response: { 201: ledgerDto } } },
      async (req, reply) => {
        const user = requireUser(req);
        await distributeReceipts(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await getLedger(ctx, user, req.params.id));
      },
    );

    app.post(
      "/cases/:id/ledger/payouts",
      { schema: { tags: ["ledger"], summary: "Pay out to the applicant, or refund the surplus to the respondent", params: caseIdParams, body: payoutBody, response: { 201: ledgerDto } } },
      async (req, reply) => {
        const user = requireUser(req);
        await recordPayout(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await getLedger(ctx, user, req.params.id));
      },
    );

    app.post(
      "/cases/:id/ledger/fees",
      { schema: { tags: ["ledger"], summary: "Retain the enforcement fee allocated to the court", params: caseIdParams, body: feeBody, response: { 201: ledgerDto } } },
      async (req, reply) => {
        const user = requireUser(req);
        await retainFee(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await getLedger(ctx, user, req.params.id));
      },
    );

    app.post(
      "/cases/:id/ledger/reversals",
      { schema: { tags: ["ledger"], summary: "Reverse one earlier entry, with a reason (entries are never deleted)", params: caseIdParams, body: reversalBody, response: { 201: ledgerDto } } },
      async (req, reply) => {
        const user = requireUser(req);
        await reverseEntry(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await getLedger(ctx, user, req.params.id));
      },
    );
  };
}
