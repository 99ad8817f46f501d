// Release grounds: 查封规定(2020) art 28 para 1 items (1)–(6) and para 2 (registry notice); the excess
// release of art 19 para 2.
import { describe, expect, it } from "vitest";
import { RELEASE_REASONS, RELEASE_REASON_KEYS, releaseReasons, requireReleaseReason, type ReleaseReason } from "./release";
import { expectDomainError } from "./test-helpers";

describe("RELEASE_REASONS, each with its article", () => {
  it.each<[ReleaseReason, string, string]>([
    ["thirdPartyProperty", "art 28(1)", "案外人财产"],
    ["applicationWithdrawnOrClaimWaived", "art 28(2)", "撤回执行申请或者放弃债权"],
    ["unsoldAndTransferInLieuRefused", "art 28(3)", "不同意接受抵债"],
    ["debtPaid", "art 28(4)", "债务已经清偿"],
    ["securityAccepted", "art 28(5)", "提供担保且申请执行人同意解除"],
    ["excessOverLimit", "art 19 para 2", "超标的额"],
    ["other", "art 28(6)", "其他情形"],
  ])("%s — 查封规定 %s (%s)", (key, article, zh) => {
    const info = RELEASE_REASONS.find((r) => r.key === key)!;
    expect(info.basis).toMatchObject({ law: "查封规定(2020)", article });
    expect(info.label.zh).toContain(zh);
    expect(info.label.en.length).toBeGreaterThan(0);
    expect(requireReleaseReason(key, "依法解除")).toMatchObject({ reason: key, note: "依法解除", basis: [info.basis], registryNoticeRequired: false });
  });

  it("lists every key once, in the order of the rule; the alias is the same table", () => {
    expect(RELEASE_REASONS.map((r) => r.key)).toEqual([...RELEASE_REASON_KEYS]);
    expect(releaseReasons).toBe(RELEASE_REASONS);
    expect(Object.isFrozen(RELEASE_REASONS)).toBe(true);
  });
});

describe("requireReleaseReason", () => {
  it.each<[unknown, string]>([
    [undefined, "reason"],
    ["paidInFull", "reason"],
    ["", "reason"],
  ])("unknown reason %j → PRECONDITION_FAILED %s, listing the grounds", (reason, field) => {
    const err = expectDomainError(() => requireReleaseReason(reason, "理由充分"), "PRECONDITION_FAILED", field);
    expect(err.messages.en).toContain("debtPaid");
    expect(err.messages.zh).toContain("债务已经清偿");
  });

  it.each<[unknown, boolean]>([
    [undefined, false],
    ["", false],
    ["  清 ", false],
    ["清偿", true],
    ["  已清偿  ", true],
    [42, false],
  ])("note %j → accepted %s (a ruling states its grounds, ≥ 2 characters)", (note, ok) => {
    const act = () => requireReleaseReason("debtPaid", note);
    if (ok) expect(act().note).toBe(String(note).trim());
    else expectDomainError(act, "PRECONDITION_FAILED", "note");
  });

  it("a registered measure needs an assistance notice to the registry (art 28 para 2)", () => {
    const r = requireReleaseReason("securityAccepted", "被执行人提供保函", { registered: true });
    expect(r.registryNoticeRequired).toBe(true);
    expect(r.basis.map((b) => b.article)).toEqual(["art 28(5)", "art 28 para 2"]);
  });
});
