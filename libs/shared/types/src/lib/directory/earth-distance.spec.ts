import { earthDistanceKm } from './earth-distance';

describe('earthDistanceKm', () => {
  it('is nothing between a point and itself, and the same both ways', () => {
    const boise = { latitude: 43.615, longitude: -116.2023 };
    const reno = { latitude: 39.5296, longitude: -119.8138 };
    expect(earthDistanceKm(boise, boise)).toBe(0);
    expect(earthDistanceKm(boise, reno)).toBeCloseTo(earthDistanceKm(reno, boise), 9);
  });

  it('measures a degree of latitude as about 111 km', () => {
    expect(earthDistanceKm({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo(111.32, 1);
  });
});
