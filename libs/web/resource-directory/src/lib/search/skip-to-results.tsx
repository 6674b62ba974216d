import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './skip-to-results.module.css';

export const DIRECTORY_RESULTS_ID = 'directory-results';

/**
 * The first link in the filters, shown when a keyboard reaches it: it moves focus past the
 * filters to the results, which otherwise lie dozens of Tab presses further on. Focus moves in
 * place, so the address (and the filters in it) stays as it is.
 */
export function SkipToResults() {
  const { t } = useTranslation('directory');
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(DIRECTORY_RESULTS_ID)?.focus();
  };
  return (
    <a href={`#${DIRECTORY_RESULTS_ID}`} className={classes.skip} onClick={skip}>
      {t('search.skipToResults')}
    </a>
  );
}
