// 终本 over HTTP: the derived checklist (GET /cases/:id/zhongben), the records only the court can make —
// the 约谈 of the applicant, the president's approval, the search for a missing respondent — and the
// re-inquiry job run once by an administrator (the daily pg-boss job does the same).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "@zhixing/domain";
import type { AppContext } from "../../context";
import { requireUser } from "../../http/auth";
import { runZhongbenReinquiry } from "../../jobs/zhongben-reinquiry.job";
import { approvalBody, caseParams, debtorSearchBody, interviewBody, reinquiryResultDto, resumeAckBody, zhongbenDto } from "./zhongben.schemas";
import { acknowledgeResumeFlag, approveByPresident, recordDebtorSearch, recordInterview, zhongbenView } from "./zhongben.service";

const tags = ["zhongben"];
const idDto = z.object({ id: z.string() });

export function zhongbenRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/cases/:id/zhongben", { schema: { tags, summary: "终本 checklist derived from the records (终本规定 arts 1–3, 5; 民诉法解释 art 517), and the 6-monthly re-inquiries after it (art 9)", params: caseParams, response: { 200: zhongbenDto } } }, async (req) =>
      zhongbenView(ctx, requireUser(req), req.params.id),
    );
    app.post("/cases/:id/zhongben/interviews", { schema: { tags, summary: "约谈 the applicant before 终本: what it was told, its opinion, signed or not (终本规定 art 5)", params: caseParams, body: interviewBody, response: { 201: idDto } } }, async (req, reply) =>
      reply.code(201).send({ id: await recordInterview(ctx, requireUser(req), req.params.id, req.body, req.ip) }),
    );
    app.post("/cases/:id/zhongben/approvals", { schema: { tags, summary: "The collegial panel's review approved by the president (民诉法解释 art 517)", params: caseParams, body: approvalBody, response: { 201: idDto } } }, async (req, reply) =>
      reply.code(201).send({ id: await approveByPresident(ctx, requireUser(req), req.params.id, req.body, req.ip) }),
    );
    app.post("/cases/:id/zhongben/debtor-searches", { schema: { tags, summary: "A missing respondent searched for (终本规定 art 1(5))", params: caseParams, body: debtorSearchBody, response: { 201: idDto } } }, async (req, reply) =>
      reply.code(201).send({ id: await recordDebtorSearch(ctx, requireUser(req), req.params.id, req.body, req.ip) }),
    );
    app.post("/cases/:id/zhongben/resume-flag/acknowledge", { schema: { tags, summary: "The resume flag of a re-inquiry that found property acknowledged with what is being done (终本规定 art 9); it leaves the workbench", params: caseParams, body: resumeAckBody, response: { 200: z.object({ seqs: z.array(z.number()) }) } } }, async (req) => ({
      seqs: await acknowledgeResumeFlag(ctx, requireUser(req), req.params.id, req.body, req.ip),
    }));
    app.post("/admin/jobs/zhongben-reinquiry/run", { schema: { tags, summary: "Run the 终本 re-inquiry job once (administrator)", body: z.strictObject({}).optional(), response: { 200: reinquiryResultDto } } }, async (req) => {
      const user = requireUser(req);
      if (user.role !== "admin") throw new DomainError("FORBIDDEN", { zh: "只有系统管理员可以手动运行任务", en: "Only an administrator may run a job by hand" });
      return runZhongbenReinquiry(ctx);
    });
  };
}
