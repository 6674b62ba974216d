import { Module } from '@nestjs/common';

/** Assessment instruments defined as data, versioned per agency. */
@Module({})
export class InstrumentModule {}
