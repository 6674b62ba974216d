import { useEffect, useState } from 'react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RESOURCE_LIST_LOCALE, ResourceListChannel, resourceListHoursLine, type Weekday } from '@waymark/shared/types';
import { ErrorState, LoadingState, useErrorMessage, viewerQuery } from '@waymark/web/core';
import classes from './resource-list-print.module.css';
import { deliverResourceListMutation, resourceListQuery } from './resource-lists.operations';

/**
 * /clients/:id/resource-lists/:listId/print — the list as the client takes it home, in the
 * list's language whatever the screen's: each service with its phone, address, hours, website,
 * who it is for and its cost, and the case manager's note. Print records the print, then opens
 * the browser's print; a print that cannot be recorded is not printed.
 */
export function ResourceListPrintPage() {
  const { id = '', listId = '' } = useParams();
  const { t, i18n } = useTranslation('referral');
  const describe = useErrorMessage();
  const { data: viewer } = useQuery(viewerQuery);
  const { data, loading, error, refetch } = useQuery(resourceListQuery, { variables: { id: listId, clientId: id } });
  const [record, recording] = useMutation(deliverResourceListMutation);
  const [failure, setFailure] = useState<unknown>(null);
  const list = data?.resourceList;
  const locale = list ? RESOURCE_LIST_LOCALE[list.language] : i18n.language;
  // The sheet speaks the list's language; the buttons around it, the reader's.
  const sheet = i18n.getFixedT(locale, 'referral', 'resourceLists.sheet');

  useEffect(() => {
    if (list) document.title = [sheet('heading'), data?.client.displayName].filter(Boolean).join(' · ');
  }, [list, sheet, data?.client.displayName]);

  const print = async () => {
    setFailure(null);
    try {
      await record({ variables: { input: { resourceListId: listId, channel: ResourceListChannel.PRINTED } } });
    } catch (problem) {
      setFailure(problem);
      return;
    }
    window.print();
  };

  const back = (
    <Button component={Link} to={`/clients/${id}/resource-lists?item=${listId}`} variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
      {t('resourceLists.print.back')}
    </Button>
  );
  if (!list) {
    return (
      <Stack gap="md">
        <Group>{back}</Group>
        {loading ? <LoadingState label={t('resourceLists.print.loading')} /> : <ErrorState error={error} onRetry={() => void refetch()} />}
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Stack className={classes.screenOnly} gap="sm">
        <Group gap="sm">
          {back}
          <Button leftSection={<IconPrinter size={16} aria-hidden />} loading={recording.loading} onClick={() => void print()}>
            {t('resourceLists.print.button')}
          </Button>
        </Group>
        {failure ? (
          <Alert color="red" variant="light" role="alert">
            {t('resourceLists.print.recordFailed')} {describe(failure)}
          </Alert>
        ) : null}
      </Stack>
      <article className={classes.sheet} aria-labelledby="printed-list-heading" lang={locale}>
        <h1 id="printed-list-heading">{sheet('heading')}</h1>
        <div>
          <strong>{sheet('for', { name: data?.client.displayName })}</strong>
        </div>
        <div>{sheet('prepared', { name: list.createdBy?.displayName ?? '—', agency: viewer?.me.agency.name ?? '', date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(list.createdAt)) })}</div>
        {list.note ? (
          <section className={classes.note}>
            <strong>{sheet('note')}:</strong> {list.note}
          </section>
        ) : null}
        {list.items.map((item, i) => (
          <section key={item.serviceId} className={classes.service}>
            <h2>
              {i + 1}. {item.serviceName}
            </h2>
            <p className={classes.organization}>{item.organizationName}</p>
            <dl className={classes.facts}>
              {item.phone ? <Fact label={sheet('phone')}>{item.phone}</Fact> : null}
              {item.address ? <Fact label={sheet('address')}>{item.address}</Fact> : null}
              {item.hours.length ? <Fact label={sheet('hours')}>{resourceListHoursLine(item.hours.map((opening) => ({ ...opening, weekday: opening.weekday as Weekday })), list.language)}</Fact> : null}
              {item.website ? <Fact label={sheet('website')}>{item.website}</Fact> : null}
              {item.eligibility ? <Fact label={sheet('eligibility')}>{item.eligibility}</Fact> : null}
              {item.fees ? <Fact label={sheet('fees')}>{item.fees}</Fact> : null}
            </dl>
          </section>
        ))}
        <p className={classes.closing}>{sheet('closing')}</p>
      </article>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
