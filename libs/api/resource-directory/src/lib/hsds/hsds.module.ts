import { Module } from '@nestjs/common';

/** Open Referral HSDS import (JSON and CSV datapackage, validated row by row) and export. */
@Module({})
export class HsdsModule {}
