import type { MigrationInterface, QueryRunner } from 'typeorm';

const VERSIONED = `
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1`;

const oneOf = (...values: string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The starter category tree every agency searches by (codes are stable; names in English and
 * Spanish). An import may add terms of its own taxonomies beside it.
 */
const STARTER_TERMS: [code: string, parent: string | null, name: string, nameEs: string][] = [
  ['basic-needs', null, 'Basic needs', 'Necesidades básicas'],
  ['food', 'basic-needs', 'Food', 'Alimentos'],
  ['food-pantry', 'food', 'Food pantry', 'Despensa de alimentos'],
  ['meals', 'food', 'Meals', 'Comidas'],
  ['food-benefits', 'food', 'Food benefits (SNAP, WIC)', 'Beneficios de alimentos (SNAP, WIC)'],
  ['clothing', 'basic-needs', 'Clothing', 'Ropa'],
  ['utilities', 'basic-needs', 'Utility assistance', 'Ayuda con servicios públicos'],
  ['personal-care', 'basic-needs', 'Personal care and hygiene', 'Cuidado personal e higiene'],
  ['housing', null, 'Housing and shelter', 'Vivienda y refugio'],
  ['emergency-shelter', 'housing', 'Emergency shelter', 'Refugio de emergencia'],
  ['transitional-housing', 'housing', 'Transitional housing', 'Vivienda de transición'],
  ['rental-assistance', 'housing', 'Rent and deposit assistance', 'Ayuda con renta y depósito'],
  ['supportive-housing', 'housing', 'Supportive housing', 'Vivienda con apoyo'],
  ['home-repair', 'housing', 'Home repair and accessibility', 'Reparación y accesibilidad del hogar'],
  ['health', null, 'Health', 'Salud'],
  ['primary-care', 'health', 'Primary care', 'Atención primaria'],
  ['dental', 'health', 'Dental care', 'Atención dental'],
  ['vision', 'health', 'Vision care', 'Atención de la vista'],
  ['pharmacy', 'health', 'Prescriptions and pharmacy', 'Recetas y farmacia'],
  ['health-insurance', 'health', 'Health insurance enrollment', 'Inscripción en seguro médico'],
  ['mental-health', null, 'Mental health', 'Salud mental'],
  ['counseling', 'mental-health', 'Counseling', 'Consejería'],
  ['crisis-services', 'mental-health', 'Crisis services', 'Servicios de crisis'],
  ['psychiatry', 'mental-health', 'Psychiatric care', 'Atención psiquiátrica'],
  ['support-groups', 'mental-health', 'Support groups', 'Grupos de apoyo'],
  ['substance-use', null, 'Substance use', 'Consumo de sustancias'],
  ['detox', 'substance-use', 'Detoxification', 'Desintoxicación'],
  ['outpatient-treatment', 'substance-use', 'Outpatient treatment', 'Tratamiento ambulatorio'],
  ['residential-treatment', 'substance-use', 'Residential treatment', 'Tratamiento residencial'],
  ['recovery-support', 'substance-use', 'Recovery support', 'Apoyo para la recuperación'],
  ['disability', null, 'Disability services', 'Servicios para discapacidad'],
  ['day-programs', 'disability', 'Day programs', 'Programas de día'],
  ['assistive-technology', 'disability', 'Assistive technology', 'Tecnología de asistencia'],
  ['respite', 'disability', 'Respite care', 'Cuidado de relevo'],
  ['employment', null, 'Employment', 'Empleo'],
  ['job-training', 'employment', 'Job training', 'Capacitación laboral'],
  ['job-search', 'employment', 'Job search help', 'Ayuda para buscar empleo'],
  ['supported-employment', 'employment', 'Supported employment', 'Empleo con apoyo'],
  ['education', null, 'Education', 'Educación'],
  ['adult-education', 'education', 'Adult education and GED', 'Educación para adultos y GED'],
  ['esl', 'education', 'English classes', 'Clases de inglés'],
  ['tutoring', 'education', 'Tutoring', 'Tutoría'],
  ['legal', null, 'Legal', 'Legal'],
  ['legal-aid', 'legal', 'Legal aid', 'Asistencia legal'],
  ['immigration', 'legal', 'Immigration help', 'Ayuda de inmigración'],
  ['benefits-advocacy', 'legal', 'Benefits advocacy', 'Defensa de beneficios'],
  ['transportation', null, 'Transportation', 'Transporte'],
  ['medical-transport', 'transportation', 'Rides to medical appointments', 'Transporte a citas médicas'],
  ['transit-passes', 'transportation', 'Bus and transit passes', 'Pases de autobús y transporte'],
  ['disaster-relief', null, 'Disaster relief', 'Ayuda en desastres'],
  ['disaster-shelter', 'disaster-relief', 'Disaster shelter', 'Refugio en desastres'],
  ['disaster-recovery', 'disaster-relief', 'Disaster recovery assistance', 'Ayuda para recuperarse de un desastre'],
  ['income', null, 'Income and financial help', 'Ingresos y ayuda financiera'],
  ['cash-assistance', 'income', 'Cash assistance', 'Asistencia en efectivo'],
  ['tax-preparation', 'income', 'Free tax preparation', 'Preparación gratuita de impuestos'],
  ['financial-coaching', 'income', 'Financial coaching', 'Asesoría financiera'],
  ['family', null, 'Family and children', 'Familia y niños'],
  ['child-care', 'family', 'Child care', 'Cuidado infantil'],
  ['parenting', 'family', 'Parenting support', 'Apoyo para padres'],
  ['domestic-violence', 'family', 'Domestic violence services', 'Servicios de violencia doméstica'],
  ['older-adults', null, 'Older adults', 'Adultos mayores'],
  ['in-home-care', 'older-adults', 'In-home care', 'Cuidado en el hogar'],
  ['senior-centers', 'older-adults', 'Senior centers', 'Centros para personas mayores'],
];

/** Columns every row below an organization carries: the agency that keeps it (and edits it). */
const KEPT = `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id)`;

/**
 * The resource directory, shaped after Open Referral HSDS 3.0 (and 3.1's service_capacity):
 * organizations offer services at locations, with phones, addresses, schedules, languages,
 * fees, required documents, service areas and taxonomy terms. Ids are HSDS ids (uuids), so an
 * import upserts by id. Every row is kept by one agency, which edits it; an organization
 * SHARED with every agency shows its services to all, a PRIVATE one only to its keeper. The
 * taxonomy is common to every agency. An organization that is an agency on Waymark names it
 * (`waymark_agency_id`): referrals to its services reach that agency's inbox.
 */
export class ResourceDirectory1764000000030 implements MigrationInterface {
  name = 'ResourceDirectory1764000000030';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);

    await db.query(`
      CREATE TABLE taxonomy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        description text,
        uri text,
        version text
      )`);
    await db.query(`
      CREATE TABLE taxonomy_term (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        taxonomy_id uuid REFERENCES taxonomy (id),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        name_es text,
        description text,
        parent_id uuid REFERENCES taxonomy_term (id),
        -- The codes from the root down to this term, so "a term includes its children" is one index lookup.
        path text[] NOT NULL DEFAULT '{}',
        language text
      )`);
    await db.query(`CREATE INDEX taxonomy_term_parent_idx ON taxonomy_term (parent_id)`);
    await db.query(`CREATE INDEX taxonomy_term_path_idx ON taxonomy_term USING gin (path)`);
    const [waymark] = await db.query(
      `INSERT INTO taxonomy (name, description, version) VALUES ('waymark', 'Waymark starter categories', '1') RETURNING id`,
    );
    // Parents come before their children in the list, so each path extends its parent's.
    for (const [code, parent, name, nameEs] of STARTER_TERMS) {
      await db.query(
        `INSERT INTO taxonomy_term (taxonomy_id, code, name, name_es, parent_id, path)
         SELECT $1, $2, $3, $4, p.id, coalesce(p.path, '{}') || $2::text
         FROM (SELECT NULL) AS one LEFT JOIN taxonomy_term p ON p.code = $5`,
        [waymark.id, code, name, nameEs, parent],
      );
    }

    await db.query(`
      CREATE TABLE organization (${KEPT},
        visibility text NOT NULL DEFAULT 'SHARED' CHECK (visibility IN (${oneOf('SHARED', 'PRIVATE')})),
        waymark_agency_id uuid REFERENCES agency (id),
        name text NOT NULL,
        alternate_name text,
        description text,
        email text,
        website text,
        tax_id text,
        year_incorporated integer,
        legal_status text,
        last_verified_on date,
        ${VERSIONED},
        UNIQUE (agency_id, id)
      )`);
    await db.query(`CREATE INDEX organization_agency_idx ON organization (agency_id, name)`);
    await db.query(`CREATE INDEX organization_shared_idx ON organization (visibility) WHERE visibility = 'SHARED'`);
    await db.query(`CREATE INDEX organization_waymark_agency_idx ON organization (waymark_agency_id) WHERE waymark_agency_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE service (${KEPT},
        organization_id uuid NOT NULL,
        name text NOT NULL,
        alternate_name text,
        description text,
        url text,
        email text,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN (${oneOf('ACTIVE', 'INACTIVE', 'DEFUNCT', 'TEMPORARILY_CLOSED')})),
        interpretation_services text,
        application_process text,
        fees_description text,
        eligibility_description text,
        minimum_age integer CHECK (minimum_age >= 0),
        maximum_age integer CHECK (maximum_age >= 0),
        alert text,
        keywords text[] NOT NULL DEFAULT '{}',
        accreditations text,
        licenses text,
        last_verified_on date,
        assurer_email text,
        search_vector tsvector,
        search_name text,
        ${VERSIONED},
        UNIQUE (agency_id, id),
        CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age),
        FOREIGN KEY (agency_id, organization_id) REFERENCES organization (agency_id, id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX service_organization_idx ON service (agency_id, organization_id)`);
    await db.query(`CREATE INDEX service_search_vector_idx ON service USING gin (search_vector)`);
    await db.query(`CREATE INDEX service_search_name_trgm_idx ON service USING gin (search_name gin_trgm_ops)`);

    // The words a search matches, weighted: names first, then alternate names and keywords, then the description.
    await db.query(`
      CREATE FUNCTION service_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE organization_name text;
      BEGIN
        SELECT name INTO organization_name FROM organization WHERE id = NEW.organization_id;
        NEW.search_name := lower(waymark_unaccent(NEW.name));
        NEW.search_vector :=
          setweight(to_tsvector('english', waymark_unaccent(coalesce(NEW.name, ''))), 'A') ||
          setweight(to_tsvector('english', waymark_unaccent(coalesce(NEW.alternate_name, '') || ' ' || array_to_string(NEW.keywords, ' '))), 'B') ||
          setweight(to_tsvector('english', waymark_unaccent(coalesce(organization_name, ''))), 'B') ||
          setweight(to_tsvector('english', waymark_unaccent(coalesce(NEW.description, ''))), 'C');
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER service_search_refresh BEFORE INSERT OR UPDATE OF name, alternate_name, keywords, description, organization_id
      ON service FOR EACH ROW EXECUTE FUNCTION service_search_refresh()`);

    await db.query(`
      CREATE TABLE location (${KEPT},
        organization_id uuid,
        location_type text NOT NULL DEFAULT 'PHYSICAL' CHECK (location_type IN (${oneOf('PHYSICAL', 'POSTAL', 'VIRTUAL')})),
        url text,
        name text,
        alternate_name text,
        description text,
        transportation text,
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        time_zone text,
        external_identifier text,
        ${VERSIONED},
        UNIQUE (agency_id, id),
        CHECK ((latitude IS NULL) = (longitude IS NULL)),
        FOREIGN KEY (agency_id, organization_id) REFERENCES organization (agency_id, id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX location_organization_idx ON location (agency_id, organization_id)`);
    await db.query(`CREATE INDEX location_earth_idx ON location USING gist (ll_to_earth(latitude, longitude)) WHERE latitude IS NOT NULL`);

    await db.query(`
      CREATE TABLE service_at_location (${KEPT},
        service_id uuid NOT NULL,
        location_id uuid NOT NULL,
        description text,
        UNIQUE (agency_id, id),
        UNIQUE (service_id, location_id),
        FOREIGN KEY (agency_id, service_id) REFERENCES service (agency_id, id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, location_id) REFERENCES location (agency_id, id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX service_at_location_location_idx ON service_at_location (location_id)`);

    await db.query(`
      CREATE TABLE address (${KEPT},
        location_id uuid NOT NULL,
        attention text,
        address_1 text NOT NULL,
        address_2 text,
        city text NOT NULL,
        region text,
        state_province text NOT NULL,
        postal_code text NOT NULL,
        country text NOT NULL DEFAULT 'US',
        address_type text NOT NULL DEFAULT 'physical' CHECK (address_type IN (${oneOf('physical', 'postal', 'virtual')})),
        FOREIGN KEY (agency_id, location_id) REFERENCES location (agency_id, id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX address_location_idx ON address (location_id)`);

    // A phone, language, schedule, document, fee, area or capacity belongs to one parent of the kinds HSDS allows.
    await db.query(`
      CREATE TABLE phone (${KEPT},
        organization_id uuid REFERENCES organization (id) ON DELETE CASCADE,
        service_id uuid REFERENCES service (id) ON DELETE CASCADE,
        location_id uuid REFERENCES location (id) ON DELETE CASCADE,
        service_at_location_id uuid REFERENCES service_at_location (id) ON DELETE CASCADE,
        number text NOT NULL,
        extension text,
        type text,
        description text,
        CHECK (num_nonnulls(organization_id, service_id, location_id, service_at_location_id) = 1)
      )`);
    await db.query(`CREATE INDEX phone_service_idx ON phone (service_id) WHERE service_id IS NOT NULL`);
    await db.query(`CREATE INDEX phone_location_idx ON phone (location_id) WHERE location_id IS NOT NULL`);
    await db.query(`CREATE INDEX phone_organization_idx ON phone (organization_id) WHERE organization_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE language (${KEPT},
        service_id uuid REFERENCES service (id) ON DELETE CASCADE,
        location_id uuid REFERENCES location (id) ON DELETE CASCADE,
        phone_id uuid REFERENCES phone (id) ON DELETE CASCADE,
        name text,
        code text NOT NULL,
        note text,
        CHECK (num_nonnulls(service_id, location_id, phone_id) = 1)
      )`);
    await db.query(`CREATE INDEX language_service_idx ON language (service_id, code) WHERE service_id IS NOT NULL`);
    await db.query(`CREATE INDEX language_code_idx ON language (code)`);

    await db.query(`
      CREATE TABLE schedule (${KEPT},
        service_id uuid REFERENCES service (id) ON DELETE CASCADE,
        location_id uuid REFERENCES location (id) ON DELETE CASCADE,
        service_at_location_id uuid REFERENCES service_at_location (id) ON DELETE CASCADE,
        valid_from date,
        valid_to date,
        freq text NOT NULL DEFAULT 'WEEKLY',
        byday text NOT NULL CHECK (byday IN (${oneOf('SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA')})),
        opens_at time NOT NULL,
        closes_at time NOT NULL,
        description text,
        CHECK (opens_at < closes_at),
        CHECK (num_nonnulls(service_id, location_id, service_at_location_id) = 1)
      )`);
    await db.query(`CREATE INDEX schedule_service_idx ON schedule (service_id, byday) WHERE service_id IS NOT NULL`);
    await db.query(`CREATE INDEX schedule_location_idx ON schedule (location_id, byday) WHERE location_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE required_document (${KEPT},
        service_id uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
        document text NOT NULL,
        uri text
      )`);
    await db.query(`CREATE INDEX required_document_service_idx ON required_document (service_id)`);

    await db.query(`
      CREATE TABLE cost_option (${KEPT},
        service_id uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
        valid_from date,
        valid_to date,
        option text,
        currency text,
        amount numeric(12, 2),
        amount_description text
      )`);
    await db.query(`CREATE INDEX cost_option_service_idx ON cost_option (service_id)`);

    await db.query(`
      CREATE TABLE service_area (${KEPT},
        service_id uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
        name text NOT NULL,
        description text,
        extent text,
        extent_type text
      )`);
    await db.query(`CREATE INDEX service_area_service_idx ON service_area (service_id)`);

    // HSDS 3.0 attributes: a taxonomy term tagged on a service (its categories, and eligibility conditions such as "veterans").
    await db.query(`
      CREATE TABLE service_taxonomy (
        agency_id uuid NOT NULL REFERENCES agency (id),
        service_id uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
        taxonomy_term_id uuid NOT NULL REFERENCES taxonomy_term (id),
        PRIMARY KEY (service_id, taxonomy_term_id)
      )`);
    await db.query(`CREATE INDEX service_taxonomy_term_idx ON service_taxonomy (taxonomy_term_id, service_id)`);

    await db.query(`
      CREATE TABLE capacity_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        scheme text,
        identifier text
      )`);
    await db.query(`
      CREATE TABLE service_capacity (${KEPT},
        service_id uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES capacity_unit (id),
        available integer NOT NULL CHECK (available >= 0),
        maximum integer CHECK (maximum >= 0),
        description text,
        updated timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX service_capacity_service_idx ON service_capacity (service_id)`);

    // An import's progress and report: the SPA polls it while the file is read.
    await db.query(`
      CREATE TABLE directory_import (${KEPT},
        format text NOT NULL CHECK (format IN (${oneOf('HSDS_JSON', 'HSDS_CSV')})),
        file_name text,
        status text NOT NULL CHECK (status IN (${oneOf('RUNNING', 'DONE', 'FAILED')})),
        rows_total integer NOT NULL DEFAULT 0,
        rows_done integer NOT NULL DEFAULT 0,
        rows_imported integer NOT NULL DEFAULT 0,
        rows_rejected integer NOT NULL DEFAULT 0,
        problems jsonb NOT NULL DEFAULT '[]',
        started_by uuid REFERENCES app_user (id),
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await db.query(`CREATE INDEX directory_import_agency_idx ON directory_import (agency_id, started_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'directory_import',
      'service_capacity',
      'capacity_unit',
      'service_taxonomy',
      'service_area',
      'cost_option',
      'required_document',
      'schedule',
      'language',
      'phone',
      'address',
      'service_at_location',
      'location',
      'service',
      'organization',
      'taxonomy_term',
      'taxonomy',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION service_search_refresh()`);
  }
}
