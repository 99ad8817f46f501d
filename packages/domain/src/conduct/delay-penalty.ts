// 迟延履行金 for non-monetary duties (rules.md §§7, 15).
//   民诉法(2023) art 264: a respondent who does not perform a non-monetary duty within the period pays a
//     迟延履行金. CONFIRMED-P.
//   民诉法解释(2022) art 504: it runs from the expiry of the performance period set by the instrument.
//   art 505: owed whether or not the applicant suffered loss; with loss: DOUBLE the loss already
//     suffered; without loss: the amount the court decides on the facts. CONFIRMED-P.
// The days of delay reuse money/delay-days (whether the expiry day itself counts is UNCONFIRMED,
// rules.md §7; the default follows 民法典 art 201 and can be switched with countStartDay).
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { parseIsoDate, type IsoDate } from "../dates/iso-date";
import { invalidField } from "../errors/domain-error";
import type { Fen } from "../money/fen";
import { delayDays } from "../money/delay-days";
import { type Decision, refuse } from "../coercion/decision";

export type ConductDelayPenalty = { days: number; amountFen: Fen; method: "doubleLoss" | "courtDetermined"; lossFen: Fen | null };

export function conductDelayPenalty(input: {
  performanceDue: IsoDate;
  /** Performance, or the day of computation for a duty still unperformed. */
  until: IsoDate;
  /** The applicant's loss already suffered, when there is any. */
  lossFen?: Fen | null;
  /** The court's amount when there is no loss (art 505). */
  courtDeterminedFen?: Fen | null;
  countStartDay?: boolean;
}): Decision<ConductDelayPenalty, "notLate" | "amountNotDetermined"> {
  const due = parseIsoDate(input.performanceDue, "performanceDue");
  const until = parseIsoDate(input.until, "until");
  const days = delayDays(due, until, { countStartDay: input.countStartDay ?? false });
  const basis: Citation[] = [citeSource("civilProcedureLaw", "art 264"), citeSource("civilProcedureInterpretation", "art 504"), citeSource("civilProcedureInterpretation", "art 505")];
  if (days === 0) return refuse("notLate", "在指定期间内履行，无迟延履行金", "Performed within the period: no penalty for delay", basis, "until");
  const loss = input.lossFen ?? null;
  if (loss !== null) {
    if (!Number.isSafeInteger(loss) || loss < 0 || !Number.isSafeInteger(loss * 2)) throw invalidField("lossFen", { zh: "损失金额必须是非负整数（分）", en: "lossFen must be a non-negative integer number of fen" });
    if (loss > 0) return { ok: true, days, amountFen: loss * 2, method: "doubleLoss", lossFen: loss, basis };
  }
  const court = input.courtDeterminedFen ?? null;
  if (court === null) {
    return refuse(
      "amountNotDetermined",
      "没有造成损失的，迟延履行金由人民法院根据具体案件情况决定（《民诉法解释》第五百零五条）",
      "Without loss, the court determines the amount on the facts (民诉法解释 art 505)",
      basis,
      "courtDeterminedFen",
    );
  }
  if (!Number.isSafeInteger(court) || court < 0) throw invalidField("courtDeterminedFen", { zh: "金额必须是非负整数（分）", en: "courtDeterminedFen must be a non-negative integer number of fen" });
  return { ok: true, days, amountFen: court, method: "courtDetermined", lossFen: loss, basis };
}
