import { isDeliveryAddress, maskDeliveryAddress, resourceListHoursLine, resourceListLanguageFor } from '.';

describe('resource lists', () => {
  it("writes in the client's language when it is Spanish, however the record spells it, else English", () => {
    for (const spanish of ['Spanish', 'spanish', ' Español ', 'espanol', 'es', 'es-MX', 'Spanish (Mexico)', 'Castellano']) expect(resourceListLanguageFor(spanish)).toBe('ES');
    for (const other of ['English', 'Vietnamese', 'Esperanto', 'Estonian', 'American Sign Language', '', null, undefined]) expect(resourceListLanguageFor(other)).toBe('EN');
  });

  it('takes an e-mail address by e-mail and a phone number by text, and nothing else', () => {
    expect(isDeliveryAddress('EMAIL', 'maria@example.org')).toBe(true);
    expect(isDeliveryAddress('EMAIL', 'maria at example')).toBe(false);
    expect(isDeliveryAddress('EMAIL', '(951) 555-0199')).toBe(false);
    expect(isDeliveryAddress('TEXT_MESSAGE', '+1 951 555 0199')).toBe(true);
    expect(isDeliveryAddress('TEXT_MESSAGE', 'maria@example.org')).toBe(false);
  });

  it('masks an address to tell addresses apart without reaching the client', () => {
    expect(maskDeliveryAddress('maria.lopez@example.org')).toBe('m•••@example.org');
    expect(maskDeliveryAddress('(951) 555-0199')).toBe('•••0199');
  });

  it('writes the hours in the list’s language, each weekday once', () => {
    const hours = [
      { weekday: 'MO' as const, opensAt: '09:00', closesAt: '12:00' },
      { weekday: 'MO' as const, opensAt: '13:00', closesAt: '17:00' },
      { weekday: 'WE' as const, opensAt: '18:00', closesAt: '20:00', description: 'group' },
    ];
    expect(resourceListHoursLine(hours, 'EN')).toBe('Monday 09:00–12:00, 13:00–17:00; Wednesday 18:00–20:00 (group)');
    expect(resourceListHoursLine(hours, 'ES')).toBe('lunes 09:00–12:00, 13:00–17:00; miércoles 18:00–20:00 (group)');
  });
});
