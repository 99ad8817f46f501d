// 悬赏公告: the applicant's application, the court's decision clock, and who may be paid (rules.md §8).
//   财产调查规定(2020) art 21 para 1: the applicant applies IN WRITING; the application states the reward
//     amount or its formula, the promise to pay when a clue the court did not have leads to full or
//     partial recovery, and how the notice is published. CONFIRMED-P.
//   财产调查规定 art 21 last para: the court decides within 10 days of receiving the application. CONFIRMED-P.
//   财产调查规定 art 22 para 2: published on the national enforcement reward platform, the court's Weibo
//     or WeChat; may also be posted at the court or the respondent's residence; other media only at the
//     applicant's own cost. CONFIRMED-P.
//   财产调查规定 art 23: tips are registered in the order received; identities and clues kept confidential
//     (except as needed to pay the reward). CONFIRMED-P. (Enforced by the server.)
//   财产调查规定 art 24: the reward comes out of the applicant's recovered money; it is not paid to the
//     applicant's agent, to a person obliged to give the court property clues, or in other cases where it
//     should not be paid. CONFIRMED-P.
// Every period is counted through computeDeadline (rules.md §19).
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { computeDeadline, type DeadlineResult, type Period } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import { parseIsoDate, type IsoDate } from "../dates";
import { DomainError, invalidField, type Localized } from "../errors/domain-error";

/** art 21 last para: 10 days from receipt of the written application. Not configurable. */
export const REWARD_DECISION_PERIOD: Readonly<Period> = Object.freeze({ unit: "days", n: 10 });

export type RewardDecisionDeadline = DeadlineResult & { ruleBasis: Citation };

/** The day by which the court decides whether to publish the reward notice (art 21 last para). */
export function rewardDecisionDeadline(applicationDate: IsoDate, cal: StatutoryCalendar): RewardDecisionDeadline {
  parseIsoDate(applicationDate, "applicationDate");
  const d = computeDeadline(applicationDate, REWARD_DECISION_PERIOD, cal);
  return { ...d, ruleBasis: citeSource("propertyInvestigation", "art 21") };
}

/** Publication channels of art 22 para 2. The first three are the media the notice "应当" go on. */
export const REWARD_CHANNELS = ["nationalPlatform", "courtWeibo", "courtWeChat", "courtNoticeBoard", "respondentResidence", "otherMedia"] as const;
export type RewardChannel = (typeof REWARD_CHANNELS)[number];
export const REWARD_MEDIA_CHANNELS: readonly RewardChannel[] = ["nationalPlatform", "courtWeibo", "courtWeChat"];

export const REWARD_CHANNEL_LABELS: Readonly<Record<RewardChannel, Localized>> = Object.freeze({
  nationalPlatform: { zh: "全国法院执行悬赏公告平台", en: "National court enforcement reward platform" },
  courtWeibo: { zh: "法院微博", en: "Court Weibo" },
  courtWeChat: { zh: "法院微信", en: "Court WeChat" },
  courtNoticeBoard: { zh: "执行法院公告栏", en: "Court notice board" },
  respondentResidence: { zh: "被执行人住所地、经常居住地张贴", en: "Posted at the respondent's residence" },
  otherMedia: { zh: "其他媒体（申请人自担费用）", en: "Other media (at the applicant's cost)" },
});

/** The largest reward the product accepts (a sanity bound, not law): 1 亿元 in fen. */
export const MAX_REWARD_FEN = 10_000_000_000;

export type RewardApplicationInput = {
  written: boolean;
  amountFen?: number | null | undefined;
  formula?: string | null | undefined;
  promiseToPay: boolean;
  channels: readonly string[];
  /** Required when `otherMedia` is chosen: the applicant bears the cost (art 22 para 2). */
  applicantBearsOtherMediaCost?: boolean | undefined;
  otherMediaName?: string | null | undefined;
};

export type RewardApplication = {
  amountFen: number | null;
  formula: string | null;
  channels: RewardChannel[];
  otherMediaName: string | null;
  basis: Citation[];
};

const art = (a: string) => ` （《财产调查规定》${a}）`;

/** Checks a reward application against art 21 para 1 and art 22 para 2; names the field at fault. */
export function validateRewardApplication(input: RewardApplicationInput): RewardApplication {
  if (!input.written) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      { zh: `发布悬赏公告须由申请执行人书面申请${art("第二十一条")}`, en: "A reward notice needs the applicant's written application (财产调查规定 art 21)" },
      { field: "written" },
    );
  }
  const formula = input.formula?.trim() ? input.formula.trim() : null;
  const amount = input.amountFen ?? null;
  if (amount === null && formula === null) {
    throw invalidField("amountFen", {
      zh: `请写明悬赏金的数额或计算方法${art("第二十一条第一款第一项")}`,
      en: "State the reward amount (amountFen) or its formula (财产调查规定 art 21 para 1(1))",
    });
  }
  if (amount !== null && formula !== null) {
    throw invalidField("formula", { zh: "悬赏金数额与计算方法只填一项", en: "Give either the reward amount or the formula, not both" });
  }
  if (amount !== null && (!Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_REWARD_FEN)) {
    throw invalidField("amountFen", {
      zh: `悬赏金数额应为大于 0 的整数（单位：分），且不超过 1 亿元（收到 ${String(amount)}）`,
      en: `The reward amount must be a whole number of fen above 0 and at most 100 million yuan (got ${String(amount)})`,
    });
  }
  if (formula !== null && (formula.length < 4 || formula.length > 500)) {
    throw invalidField("formula", { zh: "悬赏金计算方法应为 4 至 500 字", en: "The reward formula must be 4 to 500 characters" });
  }
  if (!input.promiseToPay) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      {
        zh: `申请书应载明自愿支付悬赏金的承诺${art("第二十一条第一款第二项")}`,
        en: "The application must contain the promise to pay the reward (财产调查规定 art 21 para 1(2))",
      },
      { field: "promiseToPay" },
    );
  }
  const channels = input.channels;
  const unknown = channels.find((c) => !(REWARD_CHANNELS as readonly string[]).includes(c));
  if (unknown !== undefined) {
    throw invalidField("channels", { zh: `未知的发布方式：${unknown}`, en: `Unknown publication channel: ${unknown}` });
  }
  if (new Set(channels).size !== channels.length) {
    throw invalidField("channels", { zh: "发布方式不能重复", en: "A publication channel is listed twice" });
  }
  if (!channels.some((c) => REWARD_MEDIA_CHANNELS.includes(c as RewardChannel))) {
    throw invalidField("channels", {
      zh: `悬赏公告应当在全国法院执行悬赏公告平台、法院微博或微信等媒体平台发布，请至少选择其一${art("第二十二条第二款")}`,
      en: "The notice is published on the national reward platform, the court's Weibo or WeChat: choose at least one (财产调查规定 art 22 para 2)",
    });
  }
  const other = channels.includes("otherMedia");
  const otherName = input.otherMediaName?.trim() ? input.otherMediaName.trim() : null;
  if (other && !input.applicantBearsOtherMediaCost) {
    throw invalidField("applicantBearsOtherMediaCost", {
      zh: `在其他媒体发布须由申请执行人自愿承担费用${art("第二十二条第二款")}`,
      en: "Other media only at the applicant's own cost (财产调查规定 art 22 para 2)",
    });
  }
  if (other && !otherName) {
    throw invalidField("otherMediaName", { zh: "请写明其他媒体的名称", en: "Name the other media" });
  }
  if (!other && otherName) {
    throw invalidField("otherMediaName", { zh: "未选择其他媒体，不应填写媒体名称", en: "A media name is given only with the otherMedia channel" });
  }
  return {
    amountFen: amount,
    formula,
    channels: [...channels] as RewardChannel[],
    otherMediaName: otherName,
    basis: [citeSource("propertyInvestigation", "art 21"), citeSource("propertyInvestigation", "art 22")],
  };
}

export type RewardPayeeInput = {
  /** The informant is the applicant's agent (代理人). */
  isApplicantAgent: boolean;
  /** The informant is obliged to give the court property clues (e.g. the respondent, its legal representative, a person ordered to report). */
  obligedToReport: boolean;
  /** The clue was one the court did not yet have (art 24 para 1 "人民法院尚未掌握的"). */
  clueNewToCourt: boolean;
  /** The clue led to full or partial recovery of the applicant's claim. */
  ledToRecovery: boolean;
};

export type RewardPayeeCheck = { eligible: boolean; reasons: Localized[]; basis: Citation[] };

/** Whether the reward may be paid to this informant (art 24 paras 1 and 3). Lists every reason it may not. */
export function checkRewardPayee(input: RewardPayeeInput): RewardPayeeCheck {
  const reasons: Localized[] = [];
  if (!input.clueNewToCourt) reasons.push({ zh: "线索为人民法院已掌握的财产线索", en: "the court already had this clue" });
  if (!input.ledToRecovery) reasons.push({ zh: "线索未使申请执行人的债权得以全部或部分实现", en: "the clue did not lead to any recovery of the applicant's claim" });
  if (input.isApplicantAgent) reasons.push({ zh: "提供线索人为申请执行人的代理人", en: "the informant is the applicant's agent" });
  if (input.obligedToReport) reasons.push({ zh: "提供线索人有义务向人民法院提供财产线索", en: "the informant is obliged to give the court property clues" });
  return { eligible: reasons.length === 0, reasons, basis: [citeSource("propertyInvestigation", input.isApplicantAgent || input.obligedToReport ? "art 24 para 3" : "art 24 para 1")] };
}

// ── Withdrawing and closing a notice ──────────────────────────────────────────────────────────────────
// The regulation has no article on ending a reward notice; these are product rules read from arts 21–22
// (the basis each transition cites is the article it is read from, not an express provision):
//   - art 21 para 1: the notice exists on the applicant's written application, so the applicant who
//     applied may withdraw it, while the court has yet to decide (the decision clock is then cancelled)
//     or after publication (the notice leaves the public list; tips already received keep their right
//     to the reward under art 24).
//   - art 22 para 1: the court decides to look for property by reward and makes the notice, so the
//     handler or the division head closes a published notice when it has served its purpose or can no
//     longer serve it (property found, reward paid, case closed, other reason stated).
// Refused, withdrawn and closed are final. Only a published notice takes tips (art 23 para 1).

export const REWARD_NOTICE_STATUSES = ["applied", "published", "refused", "withdrawn", "closed"] as const;
export type RewardNoticeStatus = (typeof REWARD_NOTICE_STATUSES)[number];
export type RewardNoticeAction = "publish" | "refuse" | "withdraw" | "close";

type Move = { from: readonly RewardNoticeStatus[]; to: RewardNoticeStatus; basis: Citation };

/** Which status each action leaves from and leads to, with the article it is read from. */
export const REWARD_NOTICE_MOVES: Readonly<Record<RewardNoticeAction, Move>> = Object.freeze({
  publish: { from: ["applied"], to: "published", basis: citeSource("propertyInvestigation", "art 22") },
  refuse: { from: ["applied"], to: "refused", basis: citeSource("propertyInvestigation", "art 21") },
  withdraw: { from: ["applied", "published"], to: "withdrawn", basis: citeSource("propertyInvestigation", "art 21") },
  close: { from: ["published"], to: "closed", basis: citeSource("propertyInvestigation", "art 22") },
});

const STATUS_LABELS: Readonly<Record<RewardNoticeStatus, Localized>> = {
  applied: { zh: "待决定", en: "awaiting the decision" },
  published: { zh: "已发布", en: "published" },
  refused: { zh: "不予发布", en: "refused" },
  withdrawn: { zh: "已撤回", en: "withdrawn" },
  closed: { zh: "已结束", en: "closed" },
};
const ACTION_LABELS: Readonly<Record<RewardNoticeAction, Localized>> = {
  publish: { zh: "发布", en: "published" },
  refuse: { zh: "不予发布", en: "refused" },
  withdraw: { zh: "撤回", en: "withdrawn" },
  close: { zh: "结束", en: "closed" },
};

/** The actions a notice in `status` allows (what the UI may offer). */
export function allowedRewardActions(status: string): RewardNoticeAction[] {
  return (Object.keys(REWARD_NOTICE_MOVES) as RewardNoticeAction[]).filter((a) => (REWARD_NOTICE_MOVES[a].from as readonly string[]).includes(status));
}

/** The status `action` leads to from `status`; TRANSITION_NOT_ALLOWED (naming the current status) when it may not be taken. */
export function rewardNoticeTransition(status: string, action: RewardNoticeAction): { next: RewardNoticeStatus; basis: Citation } {
  const m = REWARD_NOTICE_MOVES[action];
  if (!(m.from as readonly string[]).includes(status)) {
    const s = STATUS_LABELS[status as RewardNoticeStatus] ?? { zh: status, en: status };
    const a = ACTION_LABELS[action];
    const from = m.from.map((f) => STATUS_LABELS[f]);
    throw new DomainError(
      "TRANSITION_NOT_ALLOWED",
      {
        zh: `该悬赏公告${s.zh}，不能${a.zh}（只有${from.map((f) => f.zh).join("或")}的悬赏公告可以${a.zh}）`,
        en: `This reward notice is ${s.en}; it cannot be ${a.en} (only a notice ${from.map((f) => f.en).join(" or ")} can)`,
      },
      { field: "status" },
    );
  }
  return { next: m.to, basis: m.basis };
}

/** Whether a notice in `status` takes tips (art 23 para 1: after publication, until withdrawn or closed). */
export const rewardTakesTips = (status: string): boolean => status === "published";

/** Why the court closes a published notice. */
export const REWARD_CLOSE_REASONS = ["propertyFound", "rewardPaid", "caseClosed", "other"] as const;
export type RewardCloseReason = (typeof REWARD_CLOSE_REASONS)[number];

export const REWARD_CLOSE_REASON_LABELS: Readonly<Record<RewardCloseReason, Localized>> = Object.freeze({
  propertyFound: { zh: "已查找到可供执行的财产", en: "Property available for enforcement was found" },
  rewardPaid: { zh: "悬赏金已发放", en: "The reward has been paid" },
  caseClosed: { zh: "案件已结案", en: "The case is closed" },
  other: { zh: "其他原因", en: "Other reason" },
});

/** Checks the reason for closing; "other" needs a note (2–500 characters) saying what it is. */
export function validateRewardClosure(input: { reason: string; note?: string | null | undefined }): { reason: RewardCloseReason; note: string | null } {
  if (!(REWARD_CLOSE_REASONS as readonly string[]).includes(input.reason)) {
    throw invalidField("reason", { zh: `未知的结束原因：${input.reason}`, en: `Unknown reason for closing: ${input.reason}` });
  }
  const note = input.note?.trim() ? input.note.trim() : null;
  if (note !== null && (note.length < 2 || note.length > 500)) {
    throw invalidField("note", { zh: "说明应为 2 至 500 字", en: "The note must be 2 to 500 characters" });
  }
  if (input.reason === "other" && note === null) {
    throw invalidField("note", { zh: "以其他原因结束悬赏公告的，请写明原因", en: "Closing for another reason: say what it is in the note" });
  }
  return { reason: input.reason as RewardCloseReason, note };
}
