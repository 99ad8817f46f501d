// Preconditions of each closure mode (结案方式). 执行完毕 needs every duty done; 终结本次执行程序 needs
// the checklist of 终本规定(2016) art 1 and approval under 民诉法解释 art 517; the others need a reason.
import { compareIsoDates, type IsoDate } from "../dates";
import { computeDeadline } from "../calendar";
import { DomainError } from "../errors/domain-error";
import type { CaseEvent, CaseState, ClosureMode, SuspensionChecklist } from "./types";
import type { TransitionContext } from "./transition";
import { NON_ENFORCEMENT_GROUNDS, TERMINATION_GROUNDS, type ClosureGround } from "./closure-grounds";

type CloseEvent = Extract<CaseEvent, { type: "close" }>;

const CHECKLIST_ITEMS: { key: keyof SuspensionChecklist; zh: string; en: string }[] = [
  { key: "notifiedAndReportOrdered", zh: "已发出执行通知并责令报告财产", en: "enforcement notice issued and property report ordered" },
  { key: "consumptionRestricted", zh: "已发出限制消费令", en: "consumption restriction order issued" },
  { key: "dishonestListedWhereApplicable", zh: "符合条件的已纳入失信被执行人名单", en: "listed as dishonest where the conditions are met" },
  { key: "investigationExhausted", zh: "已穷尽财产调查措施", en: "property investigation exhausted" },
  { key: "debtorSearchedAndSanctioned", zh: "已查找下落不明的被执行人并对妨害执行行为依法处理", en: "missing debtor searched for and obstruction sanctioned" },
  { key: "applicantInterviewed", zh: "已约谈申请执行人并听取意见", en: "applicant told of the status and heard" },
];

function failed(zh: string, en: string, field?: string): DomainError {
  return new DomainError("PRECONDITION_FAILED", { zh, en }, field ? { field } : {});
}

function requireGround(event: CloseEvent, grounds: ClosureGround[], zh: string, en: string): string {
  const ground = grounds.find((g) => g.key === event.ground);
  if (!ground) {
    throw failed(
      `${zh}须写明法定事由：${grounds.map((g) => g.label.zh).join("；")}`,
      `A ${en} needs its statutory ground: ${grounds.map((g) => g.key).join(", ")}`,
      "ground",
    );
  }
  return ground.key;
}

export function checkClosure(state: CaseState, event: CloseEvent, today: IsoDate, ctx: TransitionContext): void {
  switch (event.mode) {
    case "completed": {
      const open = state.duties.filter((d) => !d.done).length;
      if (open > 0) {
        throw failed(
          `尚有 ${open} 项义务未记录履行完毕，不能以“执行完毕”结案`,
          `${open} duty(ies) not yet recorded as done; the case cannot close as completed`,
          "mode",
        );
      }
      return;
    }
    case "suspendedNoAssets": {
      // 终本规定 art 1(1): notice issued and report ordered — checked against the record.
      if (!state.noticeDate || !state.reportOrderIssued) {
        throw failed(
          "终结本次执行程序须已发出执行通知书并责令报告财产（《终本规定》第一条第一项）",
          "Termination of the current procedure requires the enforcement notice and the order to report property (终本规定 art 1(1))",
          "mode",
        );
      }
      // art 1(4): more than 3 months since registration.
      const min = computeDeadline(state.registeredDate!, ctx.periods.suspendedNoAssetsMinimum.period, ctx.calendar);
      if (compareIsoDates(today, min.nominalDue) <= 0) {
        throw failed(
          `自立案之日起须超过三个月（${min.nominalDue} 之后）方可终结本次执行程序（《终本规定》第一条第四项）`,
          `More than three months must have passed since registration (after ${min.nominalDue}) (终本规定 art 1(4))`,
          "mode",
        );
      }
      const missing = CHECKLIST_ITEMS.filter((i) => !event.checklist?.[i.key]);
      if (missing.length) {
        throw new DomainError(
          "PRECONDITION_FAILED",
          {
            zh: `终结本次执行程序的条件未满足：${missing.map((m) => m.zh).join("；")}`,
            en: `Conditions for terminating the current procedure not met: ${missing.map((m) => m.en).join("; ")}`,
          },
          {
            field: "checklist",
            details: missing.map((m) => ({ field: `checklist.${m.key}`, message: { zh: m.zh, en: m.en } })),
          },
        );
      }
      if (!event.approval) {
        throw failed(
          "终结本次执行程序须有申请执行人签字确认或经院长批准的合议庭审查（《民诉法解释》第五百一十七条）",
          "Requires the applicant's signed confirmation or a collegial panel approved by the president (民诉法解释 art 517)",
          "approval",
        );
      }
      return;
    }
    case "terminated":
      requireGround(event, TERMINATION_GROUNDS, "终结执行", "termination");
      return;
    case "notEnforced": {
      const ground = requireGround(event, NON_ENFORCEMENT_GROUNDS, "不予执行", "non-enforcement");
      // 民诉法解释 art 481: only an application made after the two-year period can fail on lateness.
      if (ground === "limitationObjectionUpheld" && !state.lateApplication) {
        throw failed(
          "本案申请未超过申请执行时效期间，不能以时效异议成立为由不予执行",
          "The application was made within the limitation period; lateness cannot ground non-enforcement",
          "ground",
        );
      }
      return;
    }
    case "dismissed":
    case "cancelled":
    case "preservationCompleted":
    case "preservationReleased":
      return;
  }
}

/**
 * Closure modes after which no measure may stay in force: the court SHALL release when the debt is
 * paid (查封规定(2020) art 28(4)) or the application is withdrawn (art 28(2)); a 执保 case closed as
 * 解除保全 has, by its name, released everything. 终本 and 保全完毕 keep the measures (the first keeps
 * the property controlled for a later resumption, the second carries them into enforcement under
 * 民诉法解释 art 168).
 */
const RELEASE_FIRST: ReadonlySet<ClosureMode> = new Set(["completed", "cancelled", "preservationReleased"]);

export function mustReleaseBeforeClosure(mode: ClosureMode): boolean {
  return RELEASE_FIRST.has(mode);
}

/** Refuses a closure that would leave measures in force where the mode requires their release. */
export function checkMeasuresOnClosure(mode: ClosureMode, measuresInForce: number): void {
  if (measuresInForce > 0 && mustReleaseBeforeClosure(mode)) {
    throw failed(
      `尚有 ${measuresInForce} 项查封、扣押、冻结措施未解除，以此方式结案前应当先行解除（《查封规定》第二十八条）`,
      `${measuresInForce} seal/seizure/freeze measure(s) are still in force; release them before closing this way (查封规定 art 28)`,
      "mode",
    );
  }
}

export { CHECKLIST_ITEMS as SUSPENSION_CHECKLIST_ITEMS };
