import { FUND_AMOUNT_MAX_CENTS, FUND_AMOUNT_MIN_CENTS } from '@waymark/shared/types';

/** Cents as the language writes money (US dollars: the agency's funds are kept in them). */
export function formatCents(cents: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'USD' }).format(cents / 100);
}

/** A dollar amount typed in a form as whole cents; null when it is not one. */
export function dollarsToCents(dollars: number | string): number | null {
  const value = typeof dollars === 'number' ? dollars : Number(dollars);
  if (!Number.isFinite(value)) return null;
  return Math.round(value * 100);
}

/** The form rule of an amount in dollars: a cent up to the fund's bound. */
export function amountRule(message: string) {
  return (value: number | string) => {
    const cents = dollarsToCents(value);
    return cents !== null && value !== '' && cents >= FUND_AMOUNT_MIN_CENTS && cents <= FUND_AMOUNT_MAX_CENTS ? null : message;
  };
}
