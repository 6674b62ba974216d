import { fhirGender } from './client-fhir';

describe('fhirGender', () => {
  it('maps words that plainly say male or female, in English or Spanish, whatever their case or spacing', () => {
    expect(['Male', ' m ', 'man', 'Hombre', 'masculino'].map(fhirGender)).toEqual(['male', 'male', 'male', 'male', 'male']);
    expect(['FEMALE', 'f', 'Woman', 'mujer', 'Femenino'].map(fhirGender)).toEqual(['female', 'female', 'female', 'female', 'female']);
  });

  it('never guesses: any other words are other, nothing recorded is unknown', () => {
    expect(['Non-binary', 'two-spirit', 'genderqueer'].map(fhirGender)).toEqual(['other', 'other', 'other']);
    expect([null, undefined, '', '   '].map(fhirGender)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
  });
});
