import { REDACTED, redact } from './redact';

describe('redact', () => {
  it('keeps that a secret changed, never its value', () => {
    expect(redact({ password: { to: 'hunter2-hunter2' }, tokenHash: { from: 'a', to: 'b' }, medicaidNumber: { to: 'X123' } })).toEqual({
      password: { to: REDACTED },
      tokenHash: { from: REDACTED, to: REDACTED },
      medicaidNumber: { to: REDACTED },
    });
  });

  it('leaves ordinary fields, even ones named after a secret, readable', () => {
    const changes = { mustChangePassword: { from: false, to: true }, role: { from: 'INTAKE', to: 'ADMIN' }, displayName: { to: 'Pat' } };
    expect(redact(changes)).toEqual(changes);
  });
});
