/**
 * A name as a hurried typist writes it: in each word of four letters or more, the two letters
 * at its middle swap places ("Maria Gonzalez" → "Mraia Gonazlez"), which the search forgives.
 */
export function misspell(name: string): string {
  return name
    .split(' ')
    .map((word) => {
      const at = Math.floor(word.length / 2);
      if (word.length < 4 || word[at - 1] === word[at]) return word;
      return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
    })
    .join(' ');
}
