import { useEffect } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CarePlanStatus } from '@waymark/shared/types';
import { ErrorState, LoadingState, useSessionState, viewerQuery } from '@waymark/web/core';
import { formatCalendarDate, formatDateTime } from '@waymark/web/client';
import classes from './care-plan-print.module.css';
import { carePlanQuery } from './plan.operations';

/**
 * /clients/:id/care-plans/:planId/print — the plan as the client reads and signs it: their
 * goals in their own words, what they, the case manager, family and providers will do and how
 * often, the dates, and lines to sign. "Print or save as PDF" opens the browser's print.
 */
export function CarePlanPrintPage() {
  const { id = '', planId = '' } = useParams();
  const { t, i18n } = useTranslation('carePlan');
  const { user } = useSessionState();
  const { data: viewer } = useQuery(viewerQuery);
  const { data, loading, error, refetch } = useQuery(carePlanQuery, { variables: { id: planId } });
  const plan = data?.carePlan;
  const language = i18n.language;
  const date = (value: string | null | undefined) => formatCalendarDate(value, language);

  useEffect(() => {
    if (plan) document.title = [t('plan.print.heading'), plan.client?.displayName].filter(Boolean).join(' · ');
  }, [plan, t]);

  const back = (
    <Button component={Link} to={`/clients/${id}/care-plan?item=${planId}`} variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
      {t('plan.print.back')}
    </Button>
  );
  if (!plan) {
    return (
      <Stack gap="md">
        <Group>{back}</Group>
        {loading ? <LoadingState label={t('plan.print.loading')} /> : <ErrorState error={error} onRetry={() => void refetch()} />}
      </Stack>
    );
  }
  const approved = plan.status === CarePlanStatus.ACTIVE || plan.status === CarePlanStatus.SUPERSEDED || plan.status === CarePlanStatus.CLOSED;
  return (
    <Stack gap="md">
      <Group className={classes.screenOnly} gap="sm">
        {back}
        <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
          {t('plan.print.button')}
        </Button>
      </Group>
      <article className={classes.sheet} aria-labelledby="printed-plan-heading">
        <h1 id="printed-plan-heading">{t('plan.print.heading')}</h1>
        <div>
          <strong>{plan.client?.displayName}</strong> · {[plan.client?.clientNumber, viewer?.me.agency.name].filter(Boolean).join(' · ')}
        </div>
        {!approved ? <p className={classes.warning}>{t('plan.print.draftWarning', { status: t(`plan.status.${plan.status}`) })}</p> : null}
        <p>{t('plan.print.intro')}</p>
        <dl className={classes.facts}>
          <dt>{t('plan.print.program')}</dt>
          <dd>{plan.programName}</dd>
          <dt>{t('plan.print.startsOn')}</dt>
          <dd>{date(plan.effectiveOn)}</dd>
          <dt>{t('plan.print.reviewOn')}</dt>
          <dd>{plan.reviewDueOn ? date(plan.reviewDueOn) : '—'}</dd>
          <dt>{t('plan.print.version')}</dt>
          <dd>
            {plan.revision} · {t(`plan.status.${plan.status}`)}
          </dd>
          <dt>{t('plan.print.writtenWith')}</dt>
          <dd>{plan.author?.displayName ?? '—'}</dd>
        </dl>

        {plan.clientVision ? (
          <section>
            <h2>{t('plan.print.myVision')}</h2>
            <p style={{ whiteSpace: 'pre-wrap' }}>“{plan.clientVision}”</p>
          </section>
        ) : null}
        {plan.strengths ? (
          <section>
            <h2>{t('plan.print.myStrengths')}</h2>
            <p style={{ whiteSpace: 'pre-wrap' }}>{plan.strengths}</p>
          </section>
        ) : null}

        <section>
          <h2>{t('plan.print.myGoals')}</h2>
          {plan.goals.map((goal, index) => (
            <div key={goal.id} className={classes.goal}>
              <h3>{t('plan.print.goal', { number: index + 1, statement: goal.statement })}</h3>
              {goal.targetDate ? <p>{t('plan.print.byDate', { date: date(goal.targetDate) })}</p> : null}
              {goal.objectives.length ? (
                <>
                  <strong>{t('plan.print.steps')}</strong>
                  <ul>
                    {goal.objectives.map((objective) => (
                      <li key={objective.id}>
                        {t(objective.baseline ? 'plan.print.stepLine' : 'plan.print.stepLineNoBaseline', {
                          description: objective.description,
                          measure: objective.measure,
                          baseline: objective.baseline,
                          target: objective.target,
                        })}
                        {objective.targetDate ? ` (${t('plan.goals.targetBy', { date: date(objective.targetDate) })})` : ''}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {goal.interventions.length ? (
                <table className={classes.table}>
                  <caption style={{ textAlign: 'left', fontWeight: 700 }}>{t('plan.print.who')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('plan.print.whoCol')}</th>
                      <th scope="col">{t('plan.print.whatCol')}</th>
                      <th scope="col">{t('plan.print.howOftenCol')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {goal.interventions.map((intervention) => (
                      <tr key={intervention.id}>
                        <td>{[t(`plan.responsible.${intervention.responsible}`), intervention.responsibleName].filter(Boolean).join(': ')}</td>
                        <td>{intervention.description}</td>
                        <td>{intervention.frequency || t('plan.print.asNeeded')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </div>
          ))}
        </section>

        <section className={classes.signatures}>
          <h2>{t('plan.print.signatures')}</h2>
          <p>{t('plan.print.signText')}</p>
          {plan.acknowledgedOn ? (
            <p>
              {t('plan.print.acknowledged', {
                method: t(`plan.method.${plan.acknowledgementMethod ?? 'SIGNATURE'}`),
                date: date(plan.acknowledgedOn),
                by: plan.acknowledgedBy ?? '—',
              })}
            </p>
          ) : null}
          {[t('plan.print.clientSignature'), t('plan.print.workerSignature'), t('plan.print.supervisorSignature')].map((who) => (
            <div key={who} className={classes.signLine}>
              <span>{who}</span>
              <span>{t('plan.print.date')}</span>
            </div>
          ))}
        </section>
        <p className={classes.footer}>{t('plan.print.footer', { name: user?.displayName ?? '', time: formatDateTime(new Date().toISOString(), language) })}</p>
      </article>
    </Stack>
  );
}
