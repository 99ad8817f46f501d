// Integer × rational with round-half-up to the fen, in BigInt so products cannot overflow.

/** round_half_up(numerator / denominator) for non-negative numerator and positive denominator. */
export function divRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/** round_half_up(value × numerator / denominator) for a non-negative safe integer value. */
export function mulDivRoundHalfUp(value: number, numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a non-negative safe integer: ${value}`);
  return Number(divRoundHalfUp(BigInt(value) * BigInt(numerator), BigInt(denominator)));
}
