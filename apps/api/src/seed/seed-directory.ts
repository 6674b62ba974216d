import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsService } from 'nestjs-cls';
import { DEMO_AREAS } from './demo-areas';
import type { DemoAgency } from './demo-agencies';
import { MORE_CITIES } from './demo-directory';
import { emptyDirectory } from './directory-rows';
import { type DirectoryPlanContext, planDirectoryRegion } from './plan-directory';
import { planPartnerOrganization } from './plan-directory-partner';
import { Random } from './random';
import type { SeedProgress } from './seed-progress';
import { writeDirectory } from './write-directory';

/** Services in the demo region by default: a few hundred, as a county's 211 directory lists near a city. */
export const DEFAULT_DIRECTORY_SERVICES = 400;

/** Services planned and written at a time: bounds memory for any size and paces the progress lines. */
const CHUNK = 2000;

const COUNTY: Record<DemoAgency['area'], string> = { inland: 'Riverside County', 'east-county': 'San Diego County' };

/** The partner's own private entries: a handful of local services only its staff see. */
const PARTNER_PRIVATE_SERVICES = 8;

type Read = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/**
 * The demo resource directory, after the agencies exist: a region of `services` services
 * around the first agency's area, kept by it (most shared with every agency, a few private),
 * and the second agency as a directory organization on Waymark (shared, kept by itself) with
 * a few private entries of its own. Each part is made once: a part that exists is left as it is.
 */
export async function seedDirectory(app: INestApplicationContext, progress: SeedProgress, demos: readonly DemoAgency[], services = DEFAULT_DIRECTORY_SERVICES): Promise<void> {
  const { log } = progress;
  const txHost: TransactionHost<TransactionalAdapterTypeOrm> = app.get(TransactionHost);
  await app.get(ClsService).run(() =>
    txHost.withTransaction(async () => {
      const run = (sql: string, params: unknown[]) => txHost.tx.query(sql, params);
      const read: Read = (sql, params) => txHost.tx.query(sql, params);
      const agencyIds = await read<{ id: string; slug: string; name: string }>(`SELECT id, slug, name FROM agency WHERE slug = ANY($1)`, [demos.map((demo) => demo.slug)]);
      const idOf = (demo: DemoAgency | undefined) => agencyIds.find((agency) => agency.slug === demo?.slug);
      const [keeperDemo, partnerDemo] = demos;
      const keeper = idOf(keeperDemo);
      const partner = idOf(partnerDemo);
      if (!keeper) return;

      const base = await planningContext(read, new Random(`waymark-directory:${keeperDemo.slug}`));
      const area = DEMO_AREAS[keeperDemo.area];
      const keeps = async (where: string, id: string) => (await read(`SELECT 1 FROM organization WHERE ${where} = $1 LIMIT 1`, [id])).length > 0;

      if (await keeps('agency_id', keeper.id)) {
        log(`seed: directory of ${keeper.name}: already there`);
      } else {
        // A benchmark-sized directory spreads over the wider Inland Empire, not only the demo's ten towns.
        const cities = services > 2 * DEFAULT_DIRECTORY_SERVICES ? [...area.cities, ...MORE_CITIES] : area.cities;
        const ctx: DirectoryPlanContext = { ...base, cities, county: COUNTY[keeperDemo.area], areaCodes: area.areaCodes, privatePercent: 5 };
        for (let done = 0; done < services; ) {
          const records = emptyDirectory();
          planDirectoryRegion(ctx, Math.min(CHUNK, services - done), records);
          await writeDirectory(run, keeper.id, records);
          done += records.services.length;
          progress.tick('seed: directory services', done, services, `seed: directory services ${done}/${services} (${records.organizations.length} organizations in this batch)`);
        }
      }

      if (!partner) return;
      if (await keeps('waymark_agency_id', partner.id)) {
        log(`seed: directory entry of ${partner.name}: already there`);
        return;
      }
      const home = DEMO_AREAS[partnerDemo.area];
      const records = emptyDirectory();
      const partnerCtx: DirectoryPlanContext = { ...base, cities: home.cities, county: COUNTY[partnerDemo.area], areaCodes: home.areaCodes, privatePercent: 100 };
      planPartnerOrganization(partnerCtx, partner, area.cities[0], home.cities[0], records);
      planDirectoryRegion(partnerCtx, PARTNER_PRIVATE_SERVICES, records);
      await writeDirectory(run, partner.id, records);
      log(`seed: directory entry of ${partner.name}: shared on Waymark with ${records.services.length - PARTNER_PRIVATE_SERVICES} services, and ${PARTNER_PRIVATE_SERVICES} private services`);
    }),
  );
}

/** Term and capacity-unit ids: the taxonomy is the migration's, the units are added once for every agency. */
async function planningContext(read: Read, r: Random): Promise<Pick<DirectoryPlanContext, 'r' | 'now' | 'terms' | 'units'>> {
  const terms = await read<{ id: string; code: string }>(`SELECT id, code FROM taxonomy_term WHERE agency_id IS NULL`, []);
  await read(`INSERT INTO capacity_unit (name) VALUES ('beds'), ('slots') ON CONFLICT (name) DO NOTHING`, []);
  const units = await read<{ id: string; name: string }>(`SELECT id, name FROM capacity_unit WHERE name IN ('beds', 'slots')`, []);
  return { r, now: new Date(), terms: new Map(terms.map((t) => [t.code, t.id])), units: new Map(units.map((u) => [u.name, u.id])) };
}
