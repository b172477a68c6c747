import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { hasRole, useSession } from '../session/session';
import { attendanceOf } from './attendance';
import { SESSION_RUNNERS } from './roles';
import type { SessionDetails } from './session-page';
import { useCommand } from './use-command';

const RECORD_ATTENDANCE = graphql(`
  mutation RecordCommitteeAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      ...CommitteeCommandResult
    }
  }
`);

interface Props {
  session: SessionDetails;
  nameOf: (memberId: string) => string;
}

/** The roster fixed at scheduling, each member's attendance in words; the chair or secretariat records it. */
export function Roster({ session, nameOf }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { session: signedIn } = useSession();
  const { send, problem } = useCommand(RECORD_ATTENDANCE);
  const records = !session.minutesPublishedAt && hasRole(signedIn?.person, ...SESSION_RUNNERS);
  const record = async (memberId: string, present: boolean) => {
    if (await send({ input: { sessionId: session.id, memberId, present } })) {
      announce(
        t(present ? 'committee.roster.markedPresent' : 'committee.roster.markedAbsent', {
          name: nameOf(memberId),
        }),
      );
    }
  };
  return (
    <section aria-labelledby="roster">
      <h2 id="roster">{t('committee.roster.title')}</h2>
      {problem && <p role="alert">{problem}</p>}
      <ul className="roster">
        {attendanceOf(session.roster, session.attendance).map(({ memberId, state }) => (
          <li key={memberId}>
            <span className="roster-name">{nameOf(memberId)}</span>
            <span className={`attendance ${state}`}>{t(`committee.roster.${state}`)}</span>
            {records && (
              <Button className="button" onPress={() => record(memberId, state !== 'present')}>
                {t(state === 'present' ? 'committee.roster.markAbsent' : 'committee.roster.markPresent')}
                <span className="visually-hidden"> ({nameOf(memberId)})</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
