import { applyDecorators } from '@nestjs/common';
import { FUND_AMOUNT_MAX_CENTS, FUND_AMOUNT_MIN_CENTS } from '@waymark/shared/types';
import { IsInt, Max, Min } from 'class-validator';

/** An amount of money in whole cents, within the fund's bounds. */
export const FundAmount = () =>
  applyDecorators(
    IsInt({ message: '$property must be a whole number of cents' }),
    Min(FUND_AMOUNT_MIN_CENTS, { message: '$property must be at least one cent' }),
    Max(FUND_AMOUNT_MAX_CENTS, { message: `$property must be at most ${FUND_AMOUNT_MAX_CENTS} cents` }),
  );
