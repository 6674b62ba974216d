import { useState } from 'react';
import { Button, Group, NumberInput, Radio, Select, Stack, Text } from '@mantine/core';
import { IconCurrentLocation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { COORDINATE_LIMITS } from '@waymark/shared/types';
import { RADIUS_CHOICES_KM, type DirectoryOrigin } from './directory-filters';

const ANY = 'ANY';
const AXES = [
  { axis: 'latitude', limit: COORDINATE_LIMITS.latitude },
  { axis: 'longitude', limit: COORDINATE_LIMITS.longitude },
] as const;

/** A coordinate as NumberInput holds it: a number, or text while it is empty or half typed ('-', '45.'). */
type TypedPoint = { latitude: number | string; longitude: number | string };

const coordinateOf = (value: number | string): number | null => (typeof value === 'number' ? value : null);

/**
 * Where distances are measured from — the client's home, a point (typed, or the browser's
 * position), or nowhere — and how far to look. The radius needs a point to measure from.
 */
export function DistanceFilter({
  origin,
  radiusKm,
  clientName,
  clientPointMissing,
  onChange,
}: {
  origin: DirectoryOrigin;
  radiusKm: number | null;
  /** The client the search is for, when there is one: their home is a choice. */
  clientName: string | null;
  /** The client's address has no map position, so distances cannot be measured from it. */
  clientPointMissing: boolean;
  onChange: (patch: { origin?: DirectoryOrigin; radiusKm?: number | null }, replace?: boolean) => void;
}) {
  const { t } = useTranslation('directory');
  const [locating, setLocating] = useState(false);
  const [locateFailed, setLocateFailed] = useState(false);
  const point = origin.kind === 'point' ? origin : null;
  const inAddress: TypedPoint = { latitude: point?.latitude ?? '', longitude: point?.longitude ?? '' };
  const [typed, setTyped] = useState<TypedPoint>(inAddress);
  // Back, Forward or Clear put another point (or none) in the address: show it, not what was typed
  // before. The address follows typing a render late (a transition), and half-typed text ('45.')
  // is no coordinate yet, so typing that the address agrees with stays as typed.
  const addressKey = point ? `${point.latitude}:${point.longitude}` : origin.kind;
  const [seenKey, setSeenKey] = useState(addressKey);
  if (addressKey !== seenKey) {
    setSeenKey(addressKey);
    if (!point || coordinateOf(typed.latitude) !== point.latitude || coordinateOf(typed.longitude) !== point.longitude) setTyped(inAddress);
  }

  // Typed coordinates replace the address as they change; a choice adds a step the back button undoes.
  const choosePoint = (latitude: number | string, longitude: number | string, typing = false) => {
    setTyped({ latitude, longitude });
    const origin = { kind: 'point' as const, latitude: coordinateOf(latitude), longitude: coordinateOf(longitude) };
    onChange({ origin }, typing);
  };
  const locate = () => {
    setLocating(true);
    setLocateFailed(false);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false);
        choosePoint(Number(coords.latitude.toFixed(5)), Number(coords.longitude.toFixed(5)));
      },
      () => {
        setLocating(false);
        setLocateFailed(true);
      },
      { timeout: 10_000 },
    );
  };

  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('search.distance.from')}
        value={origin.kind}
        onChange={(kind) => {
          if (kind === 'none') onChange({ origin: { kind: 'none' }, radiusKm: null });
          else if (kind === 'client') onChange({ origin: { kind: 'client' } });
          else choosePoint(typed.latitude, typed.longitude);
        }}
      >
        <Stack gap={6} mt={6}>
          <Radio value="none" label={t('search.distance.anywhere')} />
          {clientName ? <Radio value="client" label={t('search.distance.client', { name: clientName })} /> : null}
          <Radio value="point" label={t('search.distance.point')} />
        </Stack>
      </Radio.Group>
      {origin.kind === 'client' && clientPointMissing ? (
        <Text size="sm" c="orange.8" role="status">
          {t('search.distance.clientPointMissing')}
        </Text>
      ) : null}
      {origin.kind === 'point' ? (
        <Stack gap={6}>
          <Group gap="xs" grow>
            {AXES.map(({ axis, limit }) => (
              <NumberInput
                key={axis}
                label={t(`search.distance.${axis}`)}
                value={typed[axis]}
                min={-limit}
                max={limit}
                decimalScale={5}
                hideControls
                onChange={(value) => choosePoint(axis === 'latitude' ? value : typed.latitude, axis === 'longitude' ? value : typed.longitude, true)}
              />
            ))}
          </Group>
          {'geolocation' in navigator ? (
            <Button variant="light" size="xs" leftSection={<IconCurrentLocation size={16} aria-hidden />} loading={locating} onClick={locate}>
              {t('search.distance.myLocation')}
            </Button>
          ) : null}
          {locateFailed ? (
            <Text size="sm" c="red.8" role="alert">
              {t('search.distance.locateFailed')}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      <Select
        label={t('search.distance.radius')}
        data={[
          { value: ANY, label: t('search.distance.anyDistance') },
          ...RADIUS_CHOICES_KM.map((km) => ({ value: String(km), label: t('search.distance.within', { km }) })),
          ...(radiusKm !== null && !(RADIUS_CHOICES_KM as readonly number[]).includes(radiusKm)
            ? [{ value: String(radiusKm), label: t('search.distance.within', { km: radiusKm }) }]
            : []),
        ]}
        value={radiusKm === null ? ANY : String(radiusKm)}
        onChange={(value) => onChange({ radiusKm: value && value !== ANY ? Number(value) : null })}
        disabled={origin.kind === 'none'}
        allowDeselect={false}
      />
    </Stack>
  );
}
