export { type Fen, yuanToFen, fenToYuanString, formatYuan } from "./fen";
export { type BracketLine } from "./marginal-brackets";
export {
  type FeeResult,
  computeEnforcementFee,
  ENFORCEMENT_FEE_NO_AMOUNT,
  ENFORCEMENT_FEE_BRACKETS,
} from "./enforcement-fee";
export { computePreservationFee, PRESERVATION_FEE_CAP_FEN, PRESERVATION_FEE_BRACKETS } from "./preservation-fee";
export { type DelayInterestResult, computeDelayInterest } from "./delay-interest";
export { delayDays } from "./delay-days";
