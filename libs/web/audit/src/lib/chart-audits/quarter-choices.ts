import { quarterOf } from '@waymark/shared/types';

/** The quarter running on `today` and the five before it, latest first: what a chart audit may be started for. */
export function quarterChoices(today: string): string[] {
  const choices: string[] = [];
  let [year, quarter] = quarterOf(today).split('-Q').map(Number);
  for (let i = 0; i < 6; i++) {
    choices.push(`${year}-Q${quarter}`);
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return choices;
}
