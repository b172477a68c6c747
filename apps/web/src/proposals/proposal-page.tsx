import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { Chip } from '../design/chip';
import { placeName } from '../districts/district-names';
import { spaceName } from '../spaces/space-names';
import { graphql } from '../gql';
import { useLiveEvent } from '../use-live-event';
import { navigate } from '../navigation';
import { hasRole, useSession } from '../session/session';
import { AuthorActions } from './author-actions';
import { AmendDialog } from '../amendment/amend-dialog';
import { mayBeAmended } from '../amendment/amendment';
import { CommitteeDecisions } from './committee-decisions';
import { FeedbackSection } from './feedback-section';
import { ImplementationProgress } from './implementation-progress';
import { publicName } from '../people/public-name';
import { VerifiedChip } from '../organizations/verification';
import { JourneyTimeline } from './journey-timeline';
import { PROPOSAL_STATUSES } from './proposal-filters';
import { PROPOSERS } from './proposers';
import { STATUS_TONE } from './status-tone';
import { ReviewItem } from './review-item';
import { SupportMeter } from './support-meter';
import { SupportToggle } from './support-toggle';

const PROPOSAL = graphql(`
  query ProposalPage($id: String!) {
    proposal(id: $id) {
      id
      title
      body
      status
      district
      districtInDirectory {
        nameKo
        nameEn
      }
      space {
        nameKo
        nameEn
      }
      policyVersion
      authorId
      author {
        displayName
        role
      }
      organization {
        name
        verified
      }
      supports
      nextSupportThreshold
      supportedByMe
      withdrawnReason
      reviews {
        id
        department
        departmentInDirectory {
          nameKo
          nameEn
        }
        status
        openedAt
        dueAt
        daysElapsed
        overdue
        answeredAt
        answerer {
          displayName
          role
        }
        outcome
        reasons
        estimatedCost
        interimAnswers {
          givenAt
          text
          giver {
            displayName
            role
          }
        }
      }
      agendaItems {
        sessionId
        itemId
        decision {
          outcome
          rationale
          amendments
          present
          recordedAt
          tally {
            for
            against
            abstain
          }
        }
      }
      implementation {
        department
        departmentInDirectory {
          nameKo
          nameEn
        }
        status
        percent
        stalledReason
        milestones {
          milestoneId
          title
          dueAt
          completedAt
        }
        reports {
          percent
          note
          reportedAt
        }
      }
      feedback {
        target
        targetId
        invited
        given
        meanRating
      }
      timeline {
        step
        at
        person {
          displayName
          role
        }
        role
        department
        departmentInDirectory {
          nameKo
          nameEn
        }
        detail
      }
    }
  }
`);

const STATUS_CHANGED = graphql(`
  subscription ProposalStatusChanged($id: String!) {
    proposalStatusChanged(proposalId: $id) {
      id
      status
    }
  }
`);

/** The stages a proposal goes through, in order, as Seoul publishes them; withdrawal ends it anywhere. */
const STAGES = PROPOSAL_STATUSES.filter((status) => status !== 'withdrawn' && status !== 'answered');

/** Where focus goes on arriving from a form that saved this proposal (see ProposalForm). */
export const FOCUS_HEADING = { focus: 'heading' };

export function ProposalPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const announce = useAnnounce();
  const heading = useRef<HTMLHeadingElement>(null);
  const [{ data, fetching, error }, reload] = useQuery({ query: PROPOSAL, variables: { id } });
  const refresh = () => reload({ requestPolicy: 'network-only' });
  useLiveEvent({ query: STATUS_CHANGED, variables: { id } }, ({ proposalStatusChanged: change }) => {
    announce(t('proposal.live.status', { status: t(`proposals.status.${change.status}`) }));
    refresh();
  });
  const proposal = data?.proposal;
  useEffect(() => {
    if (proposal) document.title = t('proposal.pageTitle', { title: proposal.title });
  }, [proposal, t]);
  const loaded = !!proposal;
  useEffect(() => {
    const state = window.history.state as typeof FOCUS_HEADING | null;
    if (loaded && state?.focus === FOCUS_HEADING.focus) heading.current?.focus();
  }, [loaded]);
  if (fetching && !proposal) return <p role="status">{t('proposal.loading')}</p>;
  if (error) return <p role="alert">{t('proposals.failed', { message: error.message })}</p>;
  if (!proposal) return <h1>{t('proposal.notFound')}</h1>;
  const me = session?.person.subject;
  const isAuthor = me === proposal.authorId;
  const submitted = proposal.status !== 'draft' && proposal.status !== 'withdrawn';
  return (
    <article>
      <p>
        <a href="/" onClick={navigate}>
          {t('proposal.back')}
        </a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {proposal.title}
      </h1>
      <p>
        <Chip tone={STATUS_TONE[proposal.status]}>
          {t('proposal.statusNow', { status: t(`proposals.status.${proposal.status}`) })}
        </Chip>
      </p>
      <StageTracker status={proposal.status} />
      {isAuthor && proposal.status === 'draft' && (
        <AuthorActions
          proposalId={proposal.id}
          onSubmitted={() => {
            refresh();
            heading.current?.focus();
          }}
        />
      )}
      <dl className="facts">
        <dt>{t('proposal.author')}</dt>
        <dd>
          {proposal.organization
            ? t('proposal.authorFor', {
                author: publicName(t, proposal.author),
                organization: proposal.organization.name,
              })
            : publicName(t, proposal.author)}
          {proposal.organization?.verified && (
            <>
              {' '}
              <VerifiedChip verified />
            </>
          )}
        </dd>
        <dt>{t('proposal.district')}</dt>
        <dd>{placeName(proposal, i18n.language)}</dd>
        {proposal.space && (
          <>
            <dt>{t('proposal.space')}</dt>
            <dd>{spaceName(proposal.space, i18n.language)}</dd>
          </>
        )}
        {proposal.policyVersion !== null && (
          <>
            <dt>{t('proposal.policy')}</dt>
            <dd>{t('proposal.policyVersion', { version: proposal.policyVersion })}</dd>
          </>
        )}
      </dl>
      {proposal.body && <p className="proposal-body">{proposal.body}</p>}
      {proposal.withdrawnReason && (
        <p>{t('proposal.withdrawnReason', { reason: proposal.withdrawnReason })}</p>
      )}
      {isAuthor && mayBeAmended(proposal.status) && <AmendDialog proposal={proposal} onAmended={refresh} />}
      {submitted && (
        <section aria-labelledby="supports" className="proposal-section">
          <h2 id="supports">{t('proposal.support.title')}</h2>
          <SupportMeter proposal={proposal} />
          <SupportToggle proposal={proposal} onChanged={refresh} />
        </section>
      )}
      {proposal.reviews.length > 0 && (
        <section aria-labelledby="reviews" className="proposal-section">
          <h2 id="reviews">{t('proposal.reviews')}</h2>
          <ul>
            {proposal.reviews.map((review) => (
              <ReviewItem key={review.id} review={review} />
            ))}
          </ul>
        </section>
      )}
      {proposal.agendaItems.length > 0 && <CommitteeDecisions items={proposal.agendaItems} />}
      {proposal.implementation && <ImplementationProgress implementation={proposal.implementation} />}
      {proposal.feedback.length > 0 && (
        <FeedbackSection
          rounds={proposal.feedback}
          mayRate={hasRole(session?.person, ...PROPOSERS) && (isAuthor || proposal.supportedByMe)}
          onGiven={refresh}
        />
      )}
      <JourneyTimeline steps={proposal.timeline} />
    </article>
  );
}

/** Every stage in words; the current one marked for assistive technology too, and the ones passed said so. */
function StageTracker({ status }: { status: string }) {
  const { t } = useTranslation();
  const current = STAGES.indexOf(status as (typeof STAGES)[number]);
  return (
    <nav aria-label={t('proposal.stages')}>
      <ol className="stages">
        {STAGES.map((stage, index) => (
          <li
            key={stage}
            aria-current={index === current ? 'step' : undefined}
            className={index < current ? 'passed' : index === current ? 'current' : undefined}
          >
            {t(`proposals.status.${stage}`)}
            {index < current && <span className="visually-hidden"> ({t('proposal.passed')})</span>}
            {index === current && <span className="visually-hidden"> ({t('proposal.current')})</span>}
          </li>
        ))}
      </ol>
      {status === 'withdrawn' && <p>{t('proposals.status.withdrawn')}</p>}
    </nav>
  );
}
