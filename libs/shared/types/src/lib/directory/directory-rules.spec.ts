import { agesOutOfOrder, capacityOverMaximum, unpairedCoordinate } from '.';

describe('directory record rules', () => {
  it('refuses a lower age limit above the upper one, either left open', () => {
    expect([agesOutOfOrder(65, 18), agesOutOfOrder(18, 65), agesOutOfOrder(18, 18), agesOutOfOrder(null, 18), agesOutOfOrder(65, undefined)]).toEqual([true, false, false, false, false]);
  });

  it('names the coordinate missing from a half pair', () => {
    expect([unpairedCoordinate(45, null), unpairedCoordinate(null, -122), unpairedCoordinate(45, -122), unpairedCoordinate(null, undefined)]).toEqual(['longitude', 'latitude', null, null]);
  });

  it('refuses more open than the maximum, unless the maximum is unknown', () => {
    expect([capacityOverMaximum(41, 40), capacityOverMaximum(40, 40), capacityOverMaximum(41, null)]).toEqual([true, false, false]);
  });
});
