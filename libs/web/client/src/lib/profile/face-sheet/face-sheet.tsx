import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSessionState, viewerQuery, type ClientProfileFieldsFragment, type FaceSheetContactsQuery } from '@waymark/web/core';
import { formatCalendarDate, formatDateTime } from '../../shared/format';
import { formatAddress } from '../../shared/person-values';
import classes from './face-sheet.module.css';

type Contact = FaceSheetContactsQuery['clientContacts'][number];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children || '—'}</dd>
    </>
  );
}

/** One printed page a worker takes on a visit or hands to a covering colleague. */
export function FaceSheet({ client, contacts, printedAt }: { client: ClientProfileFieldsFragment; contacts: Contact[]; printedAt: string }) {
  const { t, i18n } = useTranslation('client');
  const { user } = useSessionState();
  const { data: viewer } = useQuery(viewerQuery);
  const language = i18n.language;
  const flags = client.flags.map((flag) => t(`flag.${flag}`));
  const programs = client.enrollments.filter((enrollment) => enrollment.status !== 'CLOSED');
  return (
    <article className={classes.sheet} aria-label={t('faceSheet.title')}>
      <div className={classes.top}>
        <div>
          <h1 className={classes.name}>{client.displayName}</h1>
          <div>
            {[
              t('identity.number', { number: client.clientNumber }),
              client.dateOfBirth ? t('identity.born', { date: formatCalendarDate(client.dateOfBirth, language), count: client.age ?? 0 }) : null,
              client.pronouns,
              t(`status.${client.status}`),
            ]
              .filter(Boolean)
              .join(' · ')}
          </div>
        </div>
        <div className={classes.agency}>
          <strong>{viewer?.me.agency.name}</strong>
          <div>{t('faceSheet.title')}</div>
        </div>
      </div>

      <div className={classes.flags}>
        <p>
          {t('faceSheet.risk')}: {t(`risk.${client.riskLevel}`)}
          {' · '}
          {t('faceSheet.flags')}: {flags.length ? flags.join(', ') : t('faceSheet.noFlags')}
          {client.interpreterNeeded ? ` · ${t('faceSheet.interpreter', { language: client.primaryLanguage || '—' })}` : null}
        </p>
        {/* What each flag asks of a visitor, for whoever reads the sheet without the app. */}
        {client.flags.length ? (
          <ul className={classes.flagDetails}>
            {client.flags.map((flag) => (
              <li key={flag}>
                {t(`flag.${flag}`)}: {t(`flagHint.${flag}`)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      <section className={classes.section}>
        <h2>{t('overview.demographics')}</h2>
        <dl className={classes.facts}>
          <Fact label={t('person.legalName')}>{`${client.legalFirstName} ${client.legalLastName}`}</Fact>
          <Fact label={t('person.preferredName')}>{client.preferredName}</Fact>
          <Fact label={t('person.dateOfBirth')}>{formatCalendarDate(client.dateOfBirth, language)}</Fact>
          <Fact label={t('person.gender')}>{client.gender}</Fact>
          <Fact label={t('person.primaryLanguage')}>
            {[client.primaryLanguage, client.interpreterNeeded ? t('person.interpreterNeededShort') : null].filter(Boolean).join(' · ')}
          </Fact>
          <Fact label={t('person.phone')}>{client.phone}</Fact>
          <Fact label={t('person.email')}>{client.email}</Fact>
          <Fact label={t('person.address')}>{formatAddress(client.address)}</Fact>
          {client.identifiers.map((identifier) => (
            <Fact key={identifier.id} label={t(`identifiers.kind.${identifier.kind}`)}>
              {identifier.masked}
            </Fact>
          ))}
        </dl>
      </section>

      <section className={classes.section}>
        <h2>{t('faceSheet.contacts')}</h2>
        {contacts.length ? (
          <table className={classes.table}>
            <thead>
              <tr>
                <th scope="col">{t('faceSheet.contactName')}</th>
                <th scope="col">{t('faceSheet.relationship')}</th>
                <th scope="col">{t('person.phone')}</th>
                <th scope="col">{t('faceSheet.roles')}</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((contact) => (
                <tr key={contact.id}>
                  <td>{[contact.name, contact.organization].filter(Boolean).join(', ')}</td>
                  <td>{contact.relationship}</td>
                  <td>{[contact.phone, contact.email].filter(Boolean).join(' · ')}</td>
                  <td>
                    {[
                      contact.emergencyContact ? t('faceSheet.emergency') : null,
                      contact.legalDecisionMaker ? t('faceSheet.decisionMaker') : null,
                      // Whoever calls from the printed sheet must know whether they may talk about the client.
                      contact.mayShareInformation ? t('faceSheet.mayShare') : t('faceSheet.noShare'),
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('faceSheet.noContacts')}</p>
        )}
      </section>

      <section className={classes.section}>
        <h2>{t('header.programs')}</h2>
        {programs.length ? (
          <table className={classes.table}>
            <thead>
              <tr>
                <th scope="col">{t('faceSheet.program')}</th>
                <th scope="col">{t('faceSheet.enrollmentStatus')}</th>
                <th scope="col">{t('faceSheet.since')}</th>
                <th scope="col">{t('header.caseManager')}</th>
              </tr>
            </thead>
            <tbody>
              {programs.map((enrollment) => (
                <tr key={enrollment.id}>
                  <td>{enrollment.program.name}</td>
                  <td>{t(`enrollmentStatus.${enrollment.status}`)}</td>
                  <td>{formatCalendarDate(enrollment.openedOn, language)}</td>
                  <td>{enrollment.primaryCaseManager?.displayName ?? t('header.notAssigned')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('list.noProgram')}</p>
        )}
      </section>

      <p className={classes.footer}>{t('faceSheet.footer', { name: user?.displayName ?? '', time: formatDateTime(printedAt, language) })}</p>
    </article>
  );
}
