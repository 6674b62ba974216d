import { NumberInput, type NumberInputProps } from '@mantine/core';
import { FUND_AMOUNT_MAX_CENTS } from '@waymark/shared/types';

/** Dollars and cents, never below a cent nor above the fund's bound. */
export function AmountInput(props: NumberInputProps) {
  return <NumberInput decimalScale={2} fixedDecimalScale min={0.01} max={FUND_AMOUNT_MAX_CENTS / 100} step={1} hideControls inputMode="decimal" required {...props} />;
}
