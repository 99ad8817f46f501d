import { NON_ENFORCEMENT_GROUNDS, TERMINATION_GROUNDS, type ClosureGround, type ClosureMode } from "../../api/types";

/** The statutory grounds a closure mode requires: 终结执行 and 不予执行 have them, the others none. */
export function closureGroundsFor(mode: ClosureMode): readonly ClosureGround[] {
  if (mode === "terminated") return TERMINATION_GROUNDS;
  if (mode === "notEnforced") return NON_ENFORCEMENT_GROUNDS;
  return [];
}

/** A stored ground key → its definition, looked up in the grounds of its mode first. */
export function findClosureGround(mode: ClosureMode, key: string | null | undefined): ClosureGround | undefined {
  if (!key) return undefined;
  return closureGroundsFor(mode).find((g) => g.key === key) ?? [...TERMINATION_GROUNDS, ...NON_ENFORCEMENT_GROUNDS].find((g) => g.key === key);
}

/**
 * A ground's label for display: the domain writes the English one to be read inside a sentence
 * ("the applicant withdrew the application"); on its own in a list or a field it starts with a capital.
 */
export function closureGroundLabel(g: ClosureGround, lang: "zh" | "en"): string {
  const text = g.label[lang];
  return lang === "en" ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
