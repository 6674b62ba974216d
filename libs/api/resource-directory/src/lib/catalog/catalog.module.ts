import { Module } from '@nestjs/common';

/** Organizations, services and locations with their HSDS details, as directory admins keep them and everyone reads them. */
@Module({})
export class CatalogModule {}
