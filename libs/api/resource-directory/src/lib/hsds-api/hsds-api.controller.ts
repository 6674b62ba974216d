import { Controller, Get, Param, Query } from '@nestjs/common';
import { isUuid, NotFoundError } from '@waymark/api/common';
import { HSDS_PARAMS, readHsdsQuery } from './hsds-api-params';
import { HsdsApiService } from './hsds-api.service';

type RawQuery = Record<string, unknown>;

/** An id of the path: Waymark's ids are UUIDs, so anything else names nothing there is. */
function pathId(id: string, label: string): string {
  if (!isUuid(id)) throw new NotFoundError(label);
  return id.toLowerCase();
}

/**
 * The Open Referral HSDS 3.0 API over the resource directory, read-only: the endpoints and query
 * parameters of the specification's OpenAPI, its Page shape for lists. Errors are JSON
 * `{ code, message, fields? }` with 400, 401, 403 or 404, as on every plain route of the API.
 */
abstract class HsdsApiRoutes {
  constructor(private readonly hsds: HsdsApiService) {}

  @Get()
  about(@Query() query: RawQuery) {
    readHsdsQuery(query, HSDS_PARAMS.none);
    return this.hsds.about();
  }

  @Get('services')
  services(@Query() query: RawQuery) {
    return this.hsds.services(readHsdsQuery(query, HSDS_PARAMS.services));
  }

  @Get('services/:id')
  service(@Param('id') id: string, @Query() query: RawQuery) {
    readHsdsQuery(query, HSDS_PARAMS.none);
    return this.hsds.service(pathId(id, 'Service'));
  }

  @Get('organizations')
  organizations(@Query() query: RawQuery) {
    return this.hsds.organizations(readHsdsQuery(query, HSDS_PARAMS.organizations));
  }

  @Get('organizations/:id')
  organization(@Param('id') id: string, @Query() query: RawQuery) {
    const { fullService } = readHsdsQuery(query, HSDS_PARAMS.organization);
    return this.hsds.organization(pathId(id, 'Organization'), fullService);
  }

  @Get('service_at_locations')
  servicesAtLocations(@Query() query: RawQuery) {
    return this.hsds.servicesAtLocations(readHsdsQuery(query, HSDS_PARAMS.serviceAtLocations));
  }

  @Get('service_at_locations/:id')
  serviceAtLocation(@Param('id') id: string, @Query() query: RawQuery) {
    readHsdsQuery(query, HSDS_PARAMS.none);
    return this.hsds.serviceAtLocation(pathId(id, 'Service at location'));
  }

  @Get('taxonomies')
  taxonomies(@Query() query: RawQuery) {
    return this.hsds.taxonomies(readHsdsQuery(query, HSDS_PARAMS.taxonomies));
  }

  @Get('taxonomies/:id')
  taxonomy(@Param('id') id: string, @Query() query: RawQuery) {
    readHsdsQuery(query, HSDS_PARAMS.none);
    return this.hsds.taxonomy(pathId(id, 'Taxonomy'));
  }

  @Get('taxonomy_terms')
  taxonomyTerms(@Query() query: RawQuery) {
    return this.hsds.taxonomyTerms(readHsdsQuery(query, HSDS_PARAMS.taxonomyTerms));
  }

  @Get('taxonomy_terms/:id')
  taxonomyTerm(@Param('id') id: string, @Query() query: RawQuery) {
    readHsdsQuery(query, HSDS_PARAMS.none);
    return this.hsds.taxonomyTerm(pathId(id, 'Taxonomy term'));
  }
}

/**
 * The routes under /hsds. Who may read them is set once at start by HsdsApiModule (HSDS_API_PUBLIC):
 * API clients with `directory:read` and signed-in users of any role, or anyone.
 */
@Controller('hsds')
export class HsdsApiController extends HsdsApiRoutes {
  constructor(hsds: HsdsApiService) {
    super(hsds);
  }
}
