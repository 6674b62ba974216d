import {
  COORDINATE_LIMITS,
  DIRECTORY_AGE_MAX,
  DIRECTORY_RADIUS_MAX_KM,
  DIRECTORY_SEARCH_TEXT_MAX_LENGTH,
  DIRECTORY_SORTS,
  DIRECTORY_TAXONOMY_FILTER_MAX,
  type DirectorySort,
} from '@waymark/shared/types';

/** Where distances are measured from: the client's home (`?clientId=`), or a point typed or taken from the browser. */
export type DirectoryOrigin = { kind: 'none' } | { kind: 'client' } | { kind: 'point'; latitude: number | null; longitude: number | null };

export interface DirectoryFilterValues {
  text: string;
  /** Taxonomy codes; a term includes its children, so a child of a chosen term is never listed too. */
  categories: string[];
  languageCode: string | null;
  age: number | null;
  /** Whether the reader set the age (or took it off); until then a client's age fills it in. */
  ageChosen: boolean;
  openNow: boolean;
  /** The client the search is for: their point and age fill in, and "Refer" carries them on. */
  clientId: string | null;
  origin: DirectoryOrigin;
  radiusKm: number | null;
  /** Null: the API's order (relevance with words, else nearest with a point, else name). */
  sort: DirectorySort | null;
}

export const RADIUS_CHOICES_KM = [2, 5, 10, 25, 50] as const;

const wholeNumber = (param: string | null, max: number, min = 0): number | null => {
  if (!param || !/^\d+$/.test(param)) return null;
  const value = Number(param);
  return value >= min && value <= max ? value : null;
};

const coordinate = (param: string | null, limit: number): number | null => {
  if (!param || !/^-?\d+(\.\d+)?$/.test(param)) return null;
  const value = Number(param);
  return Math.abs(value) <= limit ? value : null;
};

/**
 * Reads the filters from the address (`?q=food&cat=food,housing&lang=es&age=34&open=1&clientId=…&radius=10&sort=DISTANCE`),
 * so links and the back button keep them. With a client, distances start from their home
 * and the age from theirs; `near=none` and `age=any` say the reader took those off.
 */
export function filtersFromParams(params: URLSearchParams): DirectoryFilterValues {
  const clientId = params.get('clientId') || null;
  const latitude = coordinate(params.get('lat'), COORDINATE_LIMITS.latitude);
  const longitude = coordinate(params.get('lng'), COORDINATE_LIMITS.longitude);
  const near = params.get('near');
  const origin: DirectoryOrigin =
    (latitude !== null && longitude !== null) || near === 'point'
      ? { kind: 'point', latitude, longitude }
      : clientId && near !== 'none'
        ? { kind: 'client' }
        : { kind: 'none' };
  const sort = params.get('sort');
  return {
    text: (params.get('q') ?? '').slice(0, DIRECTORY_SEARCH_TEXT_MAX_LENGTH),
    categories: [...new Set((params.get('cat') ?? '').split(',').filter(Boolean))].slice(0, DIRECTORY_TAXONOMY_FILTER_MAX),
    languageCode: params.get('lang') || null,
    age: wholeNumber(params.get('age'), DIRECTORY_AGE_MAX),
    ageChosen: params.has('age'),
    openNow: params.get('open') === '1',
    clientId,
    origin,
    radiusKm: wholeNumber(params.get('radius'), DIRECTORY_RADIUS_MAX_KM, 1),
    sort: DIRECTORY_SORTS.find((value) => value === sort) ?? null,
  };
}

export function filtersToParams(values: DirectoryFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | null) => {
    if (value !== null && value !== '') params.set(key, String(value));
  };
  set('q', values.text.trim());
  set('cat', values.categories.join(','));
  set('lang', values.languageCode);
  set('age', values.age ?? (values.ageChosen ? 'any' : null));
  if (values.openNow) params.set('open', '1');
  set('clientId', values.clientId);
  const { origin } = values;
  if (origin.kind === 'point' && origin.latitude !== null && origin.longitude !== null) {
    set('lat', origin.latitude);
    set('lng', origin.longitude);
  } else if (origin.kind === 'point') params.set('near', 'point');
  else if (origin.kind === 'none' && values.clientId) params.set('near', 'none');
  set('radius', values.radiusKm);
  set('sort', values.sort);
  return params;
}

/** Whether anything narrows the list beyond the words: what "remove a filter" can undo. */
export function hasNarrowingFilters(values: DirectoryFilterValues): boolean {
  return values.categories.length > 0 || !!values.languageCode || values.age !== null || values.openNow || values.radiusKm !== null;
}
