// 解除查封、扣押、冻结 (release, rules.md §5).
// 查封规定(2020) art 28 para 1 (CONFIRMED-P): the court SHALL rule to release in these cases:
//   (1) 查封、扣押、冻结案外人财产的 — the property of a third party;
//   (2) 申请执行人撤回执行申请或者放弃债权的 — application withdrawn or claim waived;
//   (3) 流拍或者变卖不成，申请执行人和其他执行债权人又不同意接受抵债，且对该财产又无法采取其他执行措施的 —
//       unsold, transfer in lieu refused, and no other measure possible on it;
//   (4) 债务已经清偿的 — debt paid;
//   (5) 被执行人提供担保且申请执行人同意解除的 — security given and the applicant agrees;
//   (6) 人民法院认为应当解除的其他情形 — other.
// art 28 para 2: a measure carried out by registration is released by an assistance notice to the
//   registry.
// 查封规定 art 19 para 2 (CONFIRMED-P): the part over the amount of the claim plus costs is released
//   promptly, on the respondent's application or of the court's own motion (see over-seizure.ts).
// CHOICE: every release records a note of the facts (≥ 2 characters), not only "other": a release is
// made by a ruling (art 28 para 1 "作出解除…裁定"), and a ruling states its grounds.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { DomainError, type Localized } from "../errors/domain-error";

export const RELEASE_REASON_KEYS = [
  "thirdPartyProperty",
  "applicationWithdrawnOrClaimWaived",
  "unsoldAndTransferInLieuRefused",
  "debtPaid",
  "securityAccepted",
  "excessOverLimit",
  "other",
] as const;
export type ReleaseReason = (typeof RELEASE_REASON_KEYS)[number];

export type ReleaseReasonInfo = { key: ReleaseReason; basis: Citation; label: Localized };

export const RELEASE_REASONS: readonly ReleaseReasonInfo[] = Object.freeze([
  { key: "thirdPartyProperty", basis: citeSource("seizureProvisions", "art 28(1)"), label: { zh: "查封、扣押、冻结案外人财产", en: "the property belongs to a third party" } },
  {
    key: "applicationWithdrawnOrClaimWaived",
    basis: citeSource("seizureProvisions", "art 28(2)"),
    label: { zh: "申请执行人撤回执行申请或者放弃债权", en: "the applicant withdrew the application or waived the claim" },
  },
  {
    key: "unsoldAndTransferInLieuRefused",
    basis: citeSource("seizureProvisions", "art 28(3)"),
    label: {
      zh: "流拍或者变卖不成，申请执行人和其他执行债权人不同意接受抵债，且对该财产无法采取其他执行措施",
      en: "unsold at auction or sale, transfer in lieu refused by the creditors, and no other measure possible on the asset",
    },
  },
  { key: "debtPaid", basis: citeSource("seizureProvisions", "art 28(4)"), label: { zh: "债务已经清偿", en: "the debt has been paid" } },
  {
    key: "securityAccepted",
    basis: citeSource("seizureProvisions", "art 28(5)"),
    label: { zh: "被执行人提供担保且申请执行人同意解除", en: "the respondent gave security and the applicant agreed to the release" },
  },
  {
    key: "excessOverLimit",
    basis: citeSource("seizureProvisions", "art 19 para 2"),
    label: { zh: "超标的额查封、扣押、冻结，解除超出部分", en: "over-seizure: release of the part over the claim plus costs" },
  },
  { key: "other", basis: citeSource("seizureProvisions", "art 28(6)"), label: { zh: "人民法院认为应当解除的其他情形", en: "another case in which the court finds release is due" } },
].map((r) => Object.freeze(r as ReleaseReasonInfo)));

/** Alias in the brief's spelling. */
export const releaseReasons = RELEASE_REASONS;

export type ReleaseGround = {
  reason: ReleaseReason;
  note: string;
  basis: Citation[];
  label: Localized;
  /** art 28 para 2: a registered measure is released by an assistance notice to the registry. */
  registryNoticeRequired: boolean;
};

export const MIN_RELEASE_NOTE_LENGTH = 2;

/**
 * The statutory ground of a release, or PRECONDITION_FAILED: field "reason" for an unknown reason
 * (listing the grounds), field "note" for a missing note.
 */
export function requireReleaseReason(reason: unknown, note: unknown, opts: { registered?: boolean } = {}): ReleaseGround {
  const info = RELEASE_REASONS.find((r) => r.key === reason);
  if (!info) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      {
        zh: `解除查封、扣押、冻结须写明法定事由：${RELEASE_REASONS.map((r) => r.label.zh).join("；")}（收到：${String(reason)}）`,
        en: `A release needs its statutory ground: ${RELEASE_REASON_KEYS.join(", ")} (got: ${String(reason)})`,
      },
      { field: "reason" },
    );
  }
  const text = typeof note === "string" ? note.trim() : "";
  if ([...text].length < MIN_RELEASE_NOTE_LENGTH) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      {
        zh: `解除裁定须说明事实（至少 ${MIN_RELEASE_NOTE_LENGTH} 个字）：${info.label.zh}`,
        en: `A release ruling must state the facts (at least ${MIN_RELEASE_NOTE_LENGTH} characters): ${info.label.en}`,
      },
      { field: "note" },
    );
  }
  const registered = opts.registered ?? false;
  const basis = [info.basis];
  if (registered) basis.push(citeSource("seizureProvisions", "art 28 para 2"));
  return { reason: info.key, note: text, basis, label: info.label, registryNoticeRequired: registered };
}
