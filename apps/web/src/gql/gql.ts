/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AmendProposal($input: AmendProposalInput!) {\n    amendProposal(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.AmendProposalDocument,
    "\n  fragment AuditEventFields on AuditEvent {\n    streamId\n    streamVersion\n    globalPosition\n    eventId\n    type\n    schemaVersion\n    recordedAt\n    actor\n    role\n    correlationId\n    causationId\n    data\n    metadata\n    hash\n    previousHash\n  }\n": typeof types.AuditEventFieldsFragmentDoc,
    "\n  query AuditStreamAsOf($streamId: String!, $at: DateTime, $position: Int) {\n    streamAsOf(streamId: $streamId, at: $at, position: $position) {\n      service\n      aggregate\n      version\n      state\n    }\n  }\n": typeof types.AuditStreamAsOfDocument,
    "\n  query AuditStreamDiff($streamId: String!, $from: Moment!, $to: Moment!) {\n    diff(streamId: $streamId, from: $from, to: $to) {\n      path\n      kind\n      before\n      after\n    }\n  }\n": typeof types.AuditStreamDiffDocument,
    "\n  query AuditStreamTrail($streamId: String!) {\n    auditTrail(streamId: $streamId) {\n      ...AuditEventFields\n    }\n  }\n": typeof types.AuditStreamTrailDocument,
    "\n  query AuditServiceLog($service: String!, $after: String, $first: Int) {\n    auditEvents(service: $service, after: $after, first: $first) {\n      endCursor\n      events {\n        ...AuditEventFields\n      }\n    }\n  }\n": typeof types.AuditServiceLogDocument,
    "\n  query AuditInclusionProof($eventId: String!) {\n    inclusionProof(eventId: $eventId) {\n      service\n      leafIndex\n      treeSize\n      auditPath\n      signedNote\n    }\n  }\n": typeof types.AuditInclusionProofDocument,
    "\n  query AuditVerifyStream($streamId: String!) {\n    auditTrail(streamId: $streamId) {\n      ...AuditEventFields\n    }\n    checkpointKey {\n      name\n      keyId\n      publicKeyPem\n      originPrefix\n    }\n  }\n": typeof types.AuditVerifyStreamDocument,
    "\n  mutation AddCommitteeAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": typeof types.AddCommitteeAgendaItemDocument,
    "\n  fragment CommitteeCommandResult on CommandResult {\n    __typename\n    ... on CommandAccepted {\n      committeeSession {\n        id\n      }\n    }\n    ...CommandRefusal\n  }\n": typeof types.CommitteeCommandResultFragmentDoc,
    "\n  mutation DeclareCommitteeConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": typeof types.DeclareCommitteeConflictDocument,
    "\n  mutation RecordCommitteeDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": typeof types.RecordCommitteeDecisionDocument,
    "\n  mutation PublishCommitteeMinutes($input: PublishMinutesInput!) {\n    publishMinutes(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": typeof types.PublishCommitteeMinutesDocument,
    "\n  mutation ProposeCommitteeMotion($input: ProposeMotionInput!) {\n    proposeMotion(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": typeof types.ProposeCommitteeMotionDocument,
    "\n  mutation RecordCommitteeAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": typeof types.RecordCommitteeAttendanceDocument,
    "\n  mutation ScheduleCommitteeSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": typeof types.ScheduleCommitteeSessionDocument,
    "\n  query CommitteeSessionPage($id: String!) {\n    committeeSession(id: $id) {\n      id\n      spaceId\n      space {\n        nameKo\n        nameEn\n      }\n      scheduledFor\n      roster\n      quorum\n      present\n      quorumMet\n      minutes\n      minutesPublishedAt\n      attendance {\n        memberId\n        present\n      }\n      agenda {\n        itemId\n        proposalId\n        source\n        proposal {\n          id\n          title\n        }\n        recusals {\n          memberId\n          reason\n        }\n        motions {\n          motionId\n          text\n          proposer {\n            displayName\n            role\n          }\n          sealed\n          yourVote\n          votingBlockedBy\n          tally {\n            for\n            against\n            abstain\n          }\n        }\n        decision {\n          decisionId\n          outcome\n          motionId\n          tally {\n            for\n            against\n            abstain\n          }\n          present\n          quorum\n          recused\n          rationale\n          amendments\n          supersedes\n          recordedAt\n          toSpace {\n            nameKo\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommitteeSessionPageDocument,
    "\n  query CommitteeSessionMembers($spaceId: String!) {\n    committeeMembers(spaceId: $spaceId) {\n      id\n      person {\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.CommitteeSessionMembersDocument,
    "\n  subscription CommitteeSessionChanges($id: String!) {\n    committeeSessionChanged(sessionId: $id) {\n      id\n    }\n  }\n": typeof types.CommitteeSessionChangesDocument,
    "\n  query CommitteeSessions($spaceId: String!) {\n    committeeSessions(spaceId: $spaceId) {\n      id\n      scheduledFor\n      quorum\n      present\n      minutesPublishedAt\n      agenda {\n        itemId\n      }\n    }\n    committeeDocket(spaceId: $spaceId) {\n      proposalId\n      source\n      proposedAt\n      fromSpace {\n        nameKo\n        nameEn\n      }\n      proposal {\n        id\n        title\n      }\n      agendaItems {\n        sessionId\n        itemId\n        decision {\n          outcome\n        }\n      }\n    }\n  }\n": typeof types.CommitteeSessionsDocument,
    "\n  mutation CastCommitteeVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": typeof types.CastCommitteeVoteDocument,
    "\n  mutation DepartmentAnswerReview($input: AnswerReviewInput!) {\n    answerReview(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        review {\n          id\n          status\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n": typeof types.DepartmentAnswerReviewDocument,
    "\n  fragment ImplementationCommandResult on CommandResult {\n    __typename\n    ... on CommandAccepted {\n      implementation {\n        id\n        status\n      }\n    }\n    ...CommandRefusal\n  }\n": typeof types.ImplementationCommandResultFragmentDoc,
    "\n  query DepartmentDeskDepartments {\n    departmentReviews {\n      department\n    }\n  }\n": typeof types.DepartmentDeskDepartmentsDocument,
    "\n  mutation DepartmentStallImplementation($input: StallImplementationInput!) {\n    stallImplementation(input: $input) {\n      ...ImplementationCommandResult\n    }\n  }\n": typeof types.DepartmentStallImplementationDocument,
    "\n  mutation DepartmentCompleteImplementation($input: CompleteImplementationInput!) {\n    completeImplementation(input: $input) {\n      ...ImplementationCommandResult\n    }\n  }\n": typeof types.DepartmentCompleteImplementationDocument,
    "\n  query DepartmentImplementations($department: String!) {\n    implementations(department: $department) {\n      id\n      proposalId\n      status\n      percent\n      stalledReason\n      milestones {\n        milestoneId\n        title\n        dueAt\n        completedAt\n      }\n      reports {\n        percent\n        note\n        reason\n        reportedAt\n      }\n      proposal {\n        title\n      }\n    }\n  }\n": typeof types.DepartmentImplementationsDocument,
    "\n  mutation DepartmentGiveInterimAnswer($input: GiveInterimAnswerInput!) {\n    giveInterimAnswer(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        review {\n          id\n          interimAnswers {\n            givenAt\n          }\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n": typeof types.DepartmentGiveInterimAnswerDocument,
    "\n  mutation DepartmentCompleteMilestone($input: CompleteMilestoneInput!) {\n    completeMilestone(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        implementation {\n          id\n          milestones {\n            milestoneId\n            completedAt\n          }\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n": typeof types.DepartmentCompleteMilestoneDocument,
    "\n  mutation DepartmentPlanImplementation($input: PlanImplementationInput!) {\n    planImplementation(input: $input) {\n      ...ImplementationCommandResult\n    }\n  }\n": typeof types.DepartmentPlanImplementationDocument,
    "\n  mutation DepartmentReportProgress($input: ReportProgressInput!) {\n    reportProgress(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        implementation {\n          id\n          status\n          percent\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n": typeof types.DepartmentReportProgressDocument,
    "\n  query DepartmentReviewQueue($department: String!) {\n    open: reviewQueue(department: $department, status: open) {\n      id\n      department\n      lead\n      proposalId\n      dueAt\n      daysElapsed\n      daysAllowed\n      overdue\n      interimAnswers {\n        text\n        givenAt\n        giver {\n          displayName\n          role\n        }\n      }\n      proposal {\n        title\n      }\n    }\n    answered: reviewQueue(department: $department, status: answered) {\n      id\n      proposalId\n      outcome\n      answeredAt\n      answerer {\n        displayName\n        role\n      }\n      overdue\n      proposal {\n        title\n        status\n      }\n    }\n  }\n": typeof types.DepartmentReviewQueueDocument,
    "\n  subscription DepartmentDeskStatusChanged {\n    proposalStatusChanged {\n      id\n      departments\n    }\n  }\n": typeof types.DepartmentDeskStatusChangedDocument,
    "\n  query DepartmentDirectory {\n    departments {\n      id\n      nameKo\n      nameEn\n      spaceId\n    }\n  }\n": typeof types.DepartmentDirectoryDocument,
    "\n  query Districts {\n    districts {\n      id\n      nameKo\n      nameEn\n    }\n  }\n": typeof types.DistrictsDocument,
    "\n  fragment CommandRefusal on CommandRefused {\n    code\n    message\n  }\n": typeof types.CommandRefusalFragmentDoc,
    "\n  query OrganizationPage($id: String!) {\n    organization(id: $id) {\n      id\n      name\n      verified\n      verificationNote\n      verifiedAt\n      verifier {\n        displayName\n        role\n      }\n      verificationRevokedReason\n      verificationRevokedAt\n      district\n      districtInDirectory {\n        nameKo\n        nameEn\n      }\n      members {\n        memberId\n        role\n      }\n    }\n  }\n": typeof types.OrganizationPageDocument,
    "\n  mutation RequestMembership($input: RequestMembershipInput!) {\n    requestMembership(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.RequestMembershipDocument,
    "\n  mutation LeaveOrganization($input: LeaveOrganizationInput!) {\n    leaveOrganization(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.LeaveOrganizationDocument,
    "\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.RegisterOrganizationDocument,
    "\n  mutation ChoosePublicName($input: ChoosePublicNameInput!) {\n    choosePublicName(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.ChoosePublicNameDocument,
    "\n  query PlanPage {\n    masterPlan {\n      title\n      vision\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n          indicators {\n            id\n            nameKo\n            nameEn\n            unit\n            baselineValue\n            baselineYear\n            targetValue\n            targetYear\n            progress {\n              share\n              onTrack\n              latest {\n                year\n                value\n              }\n            }\n          }\n        }\n        proposals {\n          id\n        }\n      }\n    }\n    perceptionGaps {\n      surveyId\n      topic\n      question\n      publicMean\n      privateMean\n      gap\n      open\n      publicCount\n      privateCount\n    }\n  }\n": typeof types.PlanPageDocument,
    "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.AnswerSurveyDocument,
    "\n  query SurveySeats {\n    committeeMembers {\n      id\n      sector\n    }\n  }\n": typeof types.SurveySeatsDocument,
    "\n  mutation SubmitProposal($id: String!) {\n    submitProposal(input: { proposalId: $id }) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation GiveFeedback($input: GiveFeedbackInput!) {\n    giveFeedback(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.GiveFeedbackDocument,
    "\n  subscription MyProposalsChanged {\n    myProposalsChanged {\n      id\n      title\n      status\n    }\n  }\n": typeof types.MyProposalsChangedDocument,
    "\n  query ProposalFilterChoices {\n    masterPlan {\n      strategies {\n        strategyId\n        title\n      }\n    }\n    departments {\n      id\n      nameKo\n      nameEn\n    }\n  }\n": typeof types.ProposalFilterChoicesDocument,
    "\n  query ProposalForm($id: String!, $editing: Boolean!) {\n    masterPlan {\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n        }\n      }\n    }\n    departments {\n      id\n      nameKo\n      nameEn\n      spaceId\n    }\n    me {\n      memberOf {\n        id\n        name\n      }\n    }\n    proposal(id: $id) @include(if: $editing) {\n      id\n      title\n      body\n      serves\n      departments\n      district\n      spaceId\n      organizationId\n      authorId\n      status\n    }\n  }\n": typeof types.ProposalFormDocument,
    "\n  mutation DraftProposal($input: DraftProposalInput!) {\n    draftProposal(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.DraftProposalDocument,
    "\n  mutation EditProposal($input: EditProposalInput!) {\n    editProposal(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.EditProposalDocument,
    "\n  query ProposalPage($id: String!) {\n    proposal(id: $id) {\n      id\n      title\n      body\n      status\n      district\n      districtInDirectory {\n        nameKo\n        nameEn\n      }\n      space {\n        nameKo\n        nameEn\n      }\n      policyVersion\n      authorId\n      author {\n        displayName\n        role\n      }\n      organization {\n        name\n        verified\n      }\n      supports\n      nextSupportThreshold\n      supportedByMe\n      withdrawnReason\n      reviews {\n        id\n        department\n        departmentInDirectory {\n          nameKo\n          nameEn\n        }\n        status\n        openedAt\n        dueAt\n        daysElapsed\n        overdue\n        answeredAt\n        answerer {\n          displayName\n          role\n        }\n        outcome\n        reasons\n        estimatedCost\n        interimAnswers {\n          givenAt\n          text\n          giver {\n            displayName\n            role\n          }\n        }\n      }\n      agendaItems {\n        sessionId\n        itemId\n        decision {\n          outcome\n          rationale\n          amendments\n          present\n          recordedAt\n          tally {\n            for\n            against\n            abstain\n          }\n        }\n      }\n      implementation {\n        department\n        departmentInDirectory {\n          nameKo\n          nameEn\n        }\n        status\n        percent\n        stalledReason\n        milestones {\n          milestoneId\n          title\n          dueAt\n          completedAt\n        }\n        reports {\n          percent\n          note\n          reportedAt\n        }\n      }\n      feedback {\n        target\n        targetId\n        invited\n        given\n        meanRating\n      }\n      timeline {\n        step\n        at\n        person {\n          displayName\n          role\n        }\n        role\n        department\n        departmentInDirectory {\n          nameKo\n          nameEn\n        }\n        detail\n      }\n    }\n  }\n": typeof types.ProposalPageDocument,
    "\n  subscription ProposalStatusChanged($id: String!) {\n    proposalStatusChanged(proposalId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ProposalStatusChangedDocument,
    "\n  query ProposalsPage($filter: ProposalFilter) {\n    proposals(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          status\n          district\n          districtInDirectory {\n            nameKo\n            nameEn\n          }\n          supports\n          nextSupportThreshold\n          space {\n            nameKo\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProposalsPageDocument,
    "\n  subscription ProposalsLive {\n    proposalStatusChanged {\n      id\n      title\n      status\n    }\n  }\n": typeof types.ProposalsLiveDocument,
    "\n  mutation SupportProposal($id: String!) {\n    supportProposal(input: { proposalId: $id }) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.SupportProposalDocument,
    "\n  mutation WithdrawSupport($id: String!) {\n    withdrawSupport(input: { proposalId: $id }) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.WithdrawSupportDocument,
    "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.CreateCouncilDocument,
    "\n  query SecretariatDepartments {\n    departments {\n      id\n      nameKo\n      nameEn\n      spaceId\n      officers {\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.SecretariatDepartmentsDocument,
    "\n  mutation RegisterDepartment($input: RegisterDepartmentInput!) {\n    registerDepartment(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.RegisterDepartmentDocument,
    "\n  mutation AssignDepartmentOfficer($input: AssignDepartmentOfficerInput!) {\n    assignDepartmentOfficer(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.AssignDepartmentOfficerDocument,
    "\n  mutation DefineIndicator($input: DefineIndicatorInput!) {\n    defineIndicator(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.DefineIndicatorDocument,
    "\n  mutation RecordIndicatorMeasurement($input: RecordIndicatorMeasurementInput!) {\n    recordIndicatorMeasurement(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.RecordIndicatorMeasurementDocument,
    "\n  query SecretariatOrganizations {\n    organizations {\n      id\n      name\n      verified\n      district\n      districtInDirectory {\n        nameKo\n        nameEn\n      }\n      registeredAt\n      verificationNote\n      verifiedAt\n      verifier {\n        displayName\n        role\n      }\n      verificationRevokedReason\n      verificationRevokedAt\n    }\n  }\n": typeof types.SecretariatOrganizationsDocument,
    "\n  mutation VerifyOrganization($input: VerifyOrganizationInput!) {\n    verifyOrganization(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.VerifyOrganizationDocument,
    "\n  mutation RevokeOrganizationVerification($input: RevokeOrganizationVerificationInput!) {\n    revokeOrganizationVerification(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.RevokeOrganizationVerificationDocument,
    "\n  query PlanIndicators {\n    masterPlan {\n      id\n      strategies {\n        strategyId\n        policies {\n          policyId\n          title\n          indicators {\n            id\n            nameKo\n            nameEn\n            unit\n            baselineValue\n            baselineYear\n            targetValue\n            targetYear\n            measurements {\n              year\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanIndicatorsDocument,
    "\n  query MasterPlans {\n    masterPlans {\n      id\n      title\n      vision\n      periodFrom\n      periodTo\n      adoptedAt\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n        }\n      }\n      pendingIssues {\n        issueId\n        text\n      }\n    }\n  }\n": typeof types.MasterPlansDocument,
    "\n  mutation AdoptMasterPlan($input: AdoptMasterPlanInput!) {\n    adoptMasterPlan(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.AdoptMasterPlanDocument,
    "\n  mutation DefineStrategy($input: DefineStrategyInput!) {\n    defineStrategy(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.DefineStrategyDocument,
    "\n  mutation DefinePolicy($input: DefinePolicyInput!) {\n    definePolicy(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.DefinePolicyDocument,
    "\n  mutation RecordPendingIssue($input: RecordPendingIssueInput!) {\n    recordPendingIssue(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.RecordPendingIssueDocument,
    "\n  query SecretariatRoster {\n    committeeMembers {\n      id\n      name\n      sector\n      coChair\n    }\n  }\n": typeof types.SecretariatRosterDocument,
    "\n  mutation AppointMember($input: AppointMemberInput!) {\n    appointMember(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.AppointMemberDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation DesignateCoChairs($input: DesignateCoChairsInput!) {\n    designateCoChairs(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.DesignateCoChairsDocument,
    "\n  query SecretariatSurveys {\n    perceptionGaps {\n      surveyId\n      topic\n      question\n      open\n      publicMean\n      privateMean\n      gap\n      publicCount\n      privateCount\n    }\n  }\n": typeof types.SecretariatSurveysDocument,
    "\n  mutation OpenSurvey($input: OpenSurveyInput!) {\n    openSurvey(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.OpenSurveyDocument,
    "\n  mutation CloseSurvey($input: CloseSurveyInput!) {\n    closeSurvey(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.CloseSurveyDocument,
    "\n  query ThresholdPolicies($spaceId: String!) {\n    thresholdPolicies(spaceId: $spaceId) {\n      version\n      supportWindowDays\n      tiers {\n        tier\n        measure\n        threshold\n      }\n      adoptedAt\n      takesEffectAt\n      proposalsSubmitted\n    }\n  }\n": typeof types.ThresholdPoliciesDocument,
    "\n  mutation AdoptThresholdPolicy($input: AdoptThresholdPolicyInput!) {\n    adoptThresholdPolicy(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": typeof types.AdoptThresholdPolicyDocument,
    "\n  query SessionNames {\n    me {\n      displayName\n      memberOf {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SessionNamesDocument,
    "\n  query SignInPersonas {\n    personas {\n      subject\n      displayName\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n": typeof types.SignInPersonasDocument,
    "\n  mutation SignInAsPersona($subject: String!) {\n    signInAsPersona(subject: $subject) {\n      token\n      expiresAt\n      persona {\n        subject\n        displayName\n        roles\n        organizations\n        departments\n        onCommittee\n      }\n    }\n  }\n": typeof types.SignInAsPersonaDocument,
    "\n  query SignInMe {\n    me {\n      subject\n      displayName\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n": typeof types.SignInMeDocument,
    "\n  query Spaces {\n    spaces {\n      id\n      kind\n      nameKo\n      nameEn\n      theme\n    }\n  }\n": typeof types.SpacesDocument,
};
const documents: Documents = {
    "\n  mutation AmendProposal($input: AmendProposalInput!) {\n    amendProposal(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.AmendProposalDocument,
    "\n  fragment AuditEventFields on AuditEvent {\n    streamId\n    streamVersion\n    globalPosition\n    eventId\n    type\n    schemaVersion\n    recordedAt\n    actor\n    role\n    correlationId\n    causationId\n    data\n    metadata\n    hash\n    previousHash\n  }\n": types.AuditEventFieldsFragmentDoc,
    "\n  query AuditStreamAsOf($streamId: String!, $at: DateTime, $position: Int) {\n    streamAsOf(streamId: $streamId, at: $at, position: $position) {\n      service\n      aggregate\n      version\n      state\n    }\n  }\n": types.AuditStreamAsOfDocument,
    "\n  query AuditStreamDiff($streamId: String!, $from: Moment!, $to: Moment!) {\n    diff(streamId: $streamId, from: $from, to: $to) {\n      path\n      kind\n      before\n      after\n    }\n  }\n": types.AuditStreamDiffDocument,
    "\n  query AuditStreamTrail($streamId: String!) {\n    auditTrail(streamId: $streamId) {\n      ...AuditEventFields\n    }\n  }\n": types.AuditStreamTrailDocument,
    "\n  query AuditServiceLog($service: String!, $after: String, $first: Int) {\n    auditEvents(service: $service, after: $after, first: $first) {\n      endCursor\n      events {\n        ...AuditEventFields\n      }\n    }\n  }\n": types.AuditServiceLogDocument,
    "\n  query AuditInclusionProof($eventId: String!) {\n    inclusionProof(eventId: $eventId) {\n      service\n      leafIndex\n      treeSize\n      auditPath\n      signedNote\n    }\n  }\n": types.AuditInclusionProofDocument,
    "\n  query AuditVerifyStream($streamId: String!) {\n    auditTrail(streamId: $streamId) {\n      ...AuditEventFields\n    }\n    checkpointKey {\n      name\n      keyId\n      publicKeyPem\n      originPrefix\n    }\n  }\n": types.AuditVerifyStreamDocument,
    "\n  mutation AddCommitteeAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": types.AddCommitteeAgendaItemDocument,
    "\n  fragment CommitteeCommandResult on CommandResult {\n    __typename\n    ... on CommandAccepted {\n      committeeSession {\n        id\n      }\n    }\n    ...CommandRefusal\n  }\n": types.CommitteeCommandResultFragmentDoc,
    "\n  mutation DeclareCommitteeConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": types.DeclareCommitteeConflictDocument,
    "\n  mutation RecordCommitteeDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": types.RecordCommitteeDecisionDocument,
    "\n  mutation PublishCommitteeMinutes($input: PublishMinutesInput!) {\n    publishMinutes(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": types.PublishCommitteeMinutesDocument,
    "\n  mutation ProposeCommitteeMotion($input: ProposeMotionInput!) {\n    proposeMotion(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": types.ProposeCommitteeMotionDocument,
    "\n  mutation RecordCommitteeAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": types.RecordCommitteeAttendanceDocument,
    "\n  mutation ScheduleCommitteeSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": types.ScheduleCommitteeSessionDocument,
    "\n  query CommitteeSessionPage($id: String!) {\n    committeeSession(id: $id) {\n      id\n      spaceId\n      space {\n        nameKo\n        nameEn\n      }\n      scheduledFor\n      roster\n      quorum\n      present\n      quorumMet\n      minutes\n      minutesPublishedAt\n      attendance {\n        memberId\n        present\n      }\n      agenda {\n        itemId\n        proposalId\n        source\n        proposal {\n          id\n          title\n        }\n        recusals {\n          memberId\n          reason\n        }\n        motions {\n          motionId\n          text\n          proposer {\n            displayName\n            role\n          }\n          sealed\n          yourVote\n          votingBlockedBy\n          tally {\n            for\n            against\n            abstain\n          }\n        }\n        decision {\n          decisionId\n          outcome\n          motionId\n          tally {\n            for\n            against\n            abstain\n          }\n          present\n          quorum\n          recused\n          rationale\n          amendments\n          supersedes\n          recordedAt\n          toSpace {\n            nameKo\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": types.CommitteeSessionPageDocument,
    "\n  query CommitteeSessionMembers($spaceId: String!) {\n    committeeMembers(spaceId: $spaceId) {\n      id\n      person {\n        displayName\n        role\n      }\n    }\n  }\n": types.CommitteeSessionMembersDocument,
    "\n  subscription CommitteeSessionChanges($id: String!) {\n    committeeSessionChanged(sessionId: $id) {\n      id\n    }\n  }\n": types.CommitteeSessionChangesDocument,
    "\n  query CommitteeSessions($spaceId: String!) {\n    committeeSessions(spaceId: $spaceId) {\n      id\n      scheduledFor\n      quorum\n      present\n      minutesPublishedAt\n      agenda {\n        itemId\n      }\n    }\n    committeeDocket(spaceId: $spaceId) {\n      proposalId\n      source\n      proposedAt\n      fromSpace {\n        nameKo\n        nameEn\n      }\n      proposal {\n        id\n        title\n      }\n      agendaItems {\n        sessionId\n        itemId\n        decision {\n          outcome\n        }\n      }\n    }\n  }\n": types.CommitteeSessionsDocument,
    "\n  mutation CastCommitteeVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n": types.CastCommitteeVoteDocument,
    "\n  mutation DepartmentAnswerReview($input: AnswerReviewInput!) {\n    answerReview(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        review {\n          id\n          status\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n": types.DepartmentAnswerReviewDocument,
    "\n  fragment ImplementationCommandResult on CommandResult {\n    __typename\n    ... on CommandAccepted {\n      implementation {\n        id\n        status\n      }\n    }\n    ...CommandRefusal\n  }\n": types.ImplementationCommandResultFragmentDoc,
    "\n  query DepartmentDeskDepartments {\n    departmentReviews {\n      department\n    }\n  }\n": types.DepartmentDeskDepartmentsDocument,
    "\n  mutation DepartmentStallImplementation($input: StallImplementationInput!) {\n    stallImplementation(input: $input) {\n      ...ImplementationCommandResult\n    }\n  }\n": types.DepartmentStallImplementationDocument,
    "\n  mutation DepartmentCompleteImplementation($input: CompleteImplementationInput!) {\n    completeImplementation(input: $input) {\n      ...ImplementationCommandResult\n    }\n  }\n": types.DepartmentCompleteImplementationDocument,
    "\n  query DepartmentImplementations($department: String!) {\n    implementations(department: $department) {\n      id\n      proposalId\n      status\n      percent\n      stalledReason\n      milestones {\n        milestoneId\n        title\n        dueAt\n        completedAt\n      }\n      reports {\n        percent\n        note\n        reason\n        reportedAt\n      }\n      proposal {\n        title\n      }\n    }\n  }\n": types.DepartmentImplementationsDocument,
    "\n  mutation DepartmentGiveInterimAnswer($input: GiveInterimAnswerInput!) {\n    giveInterimAnswer(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        review {\n          id\n          interimAnswers {\n            givenAt\n          }\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n": types.DepartmentGiveInterimAnswerDocument,
    "\n  mutation DepartmentCompleteMilestone($input: CompleteMilestoneInput!) {\n    completeMilestone(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        implementation {\n          id\n          milestones {\n            milestoneId\n            completedAt\n          }\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n": types.DepartmentCompleteMilestoneDocument,
    "\n  mutation DepartmentPlanImplementation($input: PlanImplementationInput!) {\n    planImplementation(input: $input) {\n      ...ImplementationCommandResult\n    }\n  }\n": types.DepartmentPlanImplementationDocument,
    "\n  mutation DepartmentReportProgress($input: ReportProgressInput!) {\n    reportProgress(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        implementation {\n          id\n          status\n          percent\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n": types.DepartmentReportProgressDocument,
    "\n  query DepartmentReviewQueue($department: String!) {\n    open: reviewQueue(department: $department, status: open) {\n      id\n      department\n      lead\n      proposalId\n      dueAt\n      daysElapsed\n      daysAllowed\n      overdue\n      interimAnswers {\n        text\n        givenAt\n        giver {\n          displayName\n          role\n        }\n      }\n      proposal {\n        title\n      }\n    }\n    answered: reviewQueue(department: $department, status: answered) {\n      id\n      proposalId\n      outcome\n      answeredAt\n      answerer {\n        displayName\n        role\n      }\n      overdue\n      proposal {\n        title\n        status\n      }\n    }\n  }\n": types.DepartmentReviewQueueDocument,
    "\n  subscription DepartmentDeskStatusChanged {\n    proposalStatusChanged {\n      id\n      departments\n    }\n  }\n": types.DepartmentDeskStatusChangedDocument,
    "\n  query DepartmentDirectory {\n    departments {\n      id\n      nameKo\n      nameEn\n      spaceId\n    }\n  }\n": types.DepartmentDirectoryDocument,
    "\n  query Districts {\n    districts {\n      id\n      nameKo\n      nameEn\n    }\n  }\n": types.DistrictsDocument,
    "\n  fragment CommandRefusal on CommandRefused {\n    code\n    message\n  }\n": types.CommandRefusalFragmentDoc,
    "\n  query OrganizationPage($id: String!) {\n    organization(id: $id) {\n      id\n      name\n      verified\n      verificationNote\n      verifiedAt\n      verifier {\n        displayName\n        role\n      }\n      verificationRevokedReason\n      verificationRevokedAt\n      district\n      districtInDirectory {\n        nameKo\n        nameEn\n      }\n      members {\n        memberId\n        role\n      }\n    }\n  }\n": types.OrganizationPageDocument,
    "\n  mutation RequestMembership($input: RequestMembershipInput!) {\n    requestMembership(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.RequestMembershipDocument,
    "\n  mutation LeaveOrganization($input: LeaveOrganizationInput!) {\n    leaveOrganization(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.LeaveOrganizationDocument,
    "\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.RegisterOrganizationDocument,
    "\n  mutation ChoosePublicName($input: ChoosePublicNameInput!) {\n    choosePublicName(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.ChoosePublicNameDocument,
    "\n  query PlanPage {\n    masterPlan {\n      title\n      vision\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n          indicators {\n            id\n            nameKo\n            nameEn\n            unit\n            baselineValue\n            baselineYear\n            targetValue\n            targetYear\n            progress {\n              share\n              onTrack\n              latest {\n                year\n                value\n              }\n            }\n          }\n        }\n        proposals {\n          id\n        }\n      }\n    }\n    perceptionGaps {\n      surveyId\n      topic\n      question\n      publicMean\n      privateMean\n      gap\n      open\n      publicCount\n      privateCount\n    }\n  }\n": types.PlanPageDocument,
    "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.AnswerSurveyDocument,
    "\n  query SurveySeats {\n    committeeMembers {\n      id\n      sector\n    }\n  }\n": types.SurveySeatsDocument,
    "\n  mutation SubmitProposal($id: String!) {\n    submitProposal(input: { proposalId: $id }) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation GiveFeedback($input: GiveFeedbackInput!) {\n    giveFeedback(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.GiveFeedbackDocument,
    "\n  subscription MyProposalsChanged {\n    myProposalsChanged {\n      id\n      title\n      status\n    }\n  }\n": types.MyProposalsChangedDocument,
    "\n  query ProposalFilterChoices {\n    masterPlan {\n      strategies {\n        strategyId\n        title\n      }\n    }\n    departments {\n      id\n      nameKo\n      nameEn\n    }\n  }\n": types.ProposalFilterChoicesDocument,
    "\n  query ProposalForm($id: String!, $editing: Boolean!) {\n    masterPlan {\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n        }\n      }\n    }\n    departments {\n      id\n      nameKo\n      nameEn\n      spaceId\n    }\n    me {\n      memberOf {\n        id\n        name\n      }\n    }\n    proposal(id: $id) @include(if: $editing) {\n      id\n      title\n      body\n      serves\n      departments\n      district\n      spaceId\n      organizationId\n      authorId\n      status\n    }\n  }\n": types.ProposalFormDocument,
    "\n  mutation DraftProposal($input: DraftProposalInput!) {\n    draftProposal(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.DraftProposalDocument,
    "\n  mutation EditProposal($input: EditProposalInput!) {\n    editProposal(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.EditProposalDocument,
    "\n  query ProposalPage($id: String!) {\n    proposal(id: $id) {\n      id\n      title\n      body\n      status\n      district\n      districtInDirectory {\n        nameKo\n        nameEn\n      }\n      space {\n        nameKo\n        nameEn\n      }\n      policyVersion\n      authorId\n      author {\n        displayName\n        role\n      }\n      organization {\n        name\n        verified\n      }\n      supports\n      nextSupportThreshold\n      supportedByMe\n      withdrawnReason\n      reviews {\n        id\n        department\n        departmentInDirectory {\n          nameKo\n          nameEn\n        }\n        status\n        openedAt\n        dueAt\n        daysElapsed\n        overdue\n        answeredAt\n        answerer {\n          displayName\n          role\n        }\n        outcome\n        reasons\n        estimatedCost\n        interimAnswers {\n          givenAt\n          text\n          giver {\n            displayName\n            role\n          }\n        }\n      }\n      agendaItems {\n        sessionId\n        itemId\n        decision {\n          outcome\n          rationale\n          amendments\n          present\n          recordedAt\n          tally {\n            for\n            against\n            abstain\n          }\n        }\n      }\n      implementation {\n        department\n        departmentInDirectory {\n          nameKo\n          nameEn\n        }\n        status\n        percent\n        stalledReason\n        milestones {\n          milestoneId\n          title\n          dueAt\n          completedAt\n        }\n        reports {\n          percent\n          note\n          reportedAt\n        }\n      }\n      feedback {\n        target\n        targetId\n        invited\n        given\n        meanRating\n      }\n      timeline {\n        step\n        at\n        person {\n          displayName\n          role\n        }\n        role\n        department\n        departmentInDirectory {\n          nameKo\n          nameEn\n        }\n        detail\n      }\n    }\n  }\n": types.ProposalPageDocument,
    "\n  subscription ProposalStatusChanged($id: String!) {\n    proposalStatusChanged(proposalId: $id) {\n      id\n      status\n    }\n  }\n": types.ProposalStatusChangedDocument,
    "\n  query ProposalsPage($filter: ProposalFilter) {\n    proposals(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          status\n          district\n          districtInDirectory {\n            nameKo\n            nameEn\n          }\n          supports\n          nextSupportThreshold\n          space {\n            nameKo\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": types.ProposalsPageDocument,
    "\n  subscription ProposalsLive {\n    proposalStatusChanged {\n      id\n      title\n      status\n    }\n  }\n": types.ProposalsLiveDocument,
    "\n  mutation SupportProposal($id: String!) {\n    supportProposal(input: { proposalId: $id }) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.SupportProposalDocument,
    "\n  mutation WithdrawSupport($id: String!) {\n    withdrawSupport(input: { proposalId: $id }) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.WithdrawSupportDocument,
    "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.CreateCouncilDocument,
    "\n  query SecretariatDepartments {\n    departments {\n      id\n      nameKo\n      nameEn\n      spaceId\n      officers {\n        displayName\n        role\n      }\n    }\n  }\n": types.SecretariatDepartmentsDocument,
    "\n  mutation RegisterDepartment($input: RegisterDepartmentInput!) {\n    registerDepartment(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.RegisterDepartmentDocument,
    "\n  mutation AssignDepartmentOfficer($input: AssignDepartmentOfficerInput!) {\n    assignDepartmentOfficer(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.AssignDepartmentOfficerDocument,
    "\n  mutation DefineIndicator($input: DefineIndicatorInput!) {\n    defineIndicator(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.DefineIndicatorDocument,
    "\n  mutation RecordIndicatorMeasurement($input: RecordIndicatorMeasurementInput!) {\n    recordIndicatorMeasurement(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.RecordIndicatorMeasurementDocument,
    "\n  query SecretariatOrganizations {\n    organizations {\n      id\n      name\n      verified\n      district\n      districtInDirectory {\n        nameKo\n        nameEn\n      }\n      registeredAt\n      verificationNote\n      verifiedAt\n      verifier {\n        displayName\n        role\n      }\n      verificationRevokedReason\n      verificationRevokedAt\n    }\n  }\n": types.SecretariatOrganizationsDocument,
    "\n  mutation VerifyOrganization($input: VerifyOrganizationInput!) {\n    verifyOrganization(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.VerifyOrganizationDocument,
    "\n  mutation RevokeOrganizationVerification($input: RevokeOrganizationVerificationInput!) {\n    revokeOrganizationVerification(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.RevokeOrganizationVerificationDocument,
    "\n  query PlanIndicators {\n    masterPlan {\n      id\n      strategies {\n        strategyId\n        policies {\n          policyId\n          title\n          indicators {\n            id\n            nameKo\n            nameEn\n            unit\n            baselineValue\n            baselineYear\n            targetValue\n            targetYear\n            measurements {\n              year\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PlanIndicatorsDocument,
    "\n  query MasterPlans {\n    masterPlans {\n      id\n      title\n      vision\n      periodFrom\n      periodTo\n      adoptedAt\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n        }\n      }\n      pendingIssues {\n        issueId\n        text\n      }\n    }\n  }\n": types.MasterPlansDocument,
    "\n  mutation AdoptMasterPlan($input: AdoptMasterPlanInput!) {\n    adoptMasterPlan(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.AdoptMasterPlanDocument,
    "\n  mutation DefineStrategy($input: DefineStrategyInput!) {\n    defineStrategy(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.DefineStrategyDocument,
    "\n  mutation DefinePolicy($input: DefinePolicyInput!) {\n    definePolicy(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.DefinePolicyDocument,
    "\n  mutation RecordPendingIssue($input: RecordPendingIssueInput!) {\n    recordPendingIssue(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.RecordPendingIssueDocument,
    "\n  query SecretariatRoster {\n    committeeMembers {\n      id\n      name\n      sector\n      coChair\n    }\n  }\n": types.SecretariatRosterDocument,
    "\n  mutation AppointMember($input: AppointMemberInput!) {\n    appointMember(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.AppointMemberDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation DesignateCoChairs($input: DesignateCoChairsInput!) {\n    designateCoChairs(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.DesignateCoChairsDocument,
    "\n  query SecretariatSurveys {\n    perceptionGaps {\n      surveyId\n      topic\n      question\n      open\n      publicMean\n      privateMean\n      gap\n      publicCount\n      privateCount\n    }\n  }\n": types.SecretariatSurveysDocument,
    "\n  mutation OpenSurvey($input: OpenSurveyInput!) {\n    openSurvey(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.OpenSurveyDocument,
    "\n  mutation CloseSurvey($input: CloseSurveyInput!) {\n    closeSurvey(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.CloseSurveyDocument,
    "\n  query ThresholdPolicies($spaceId: String!) {\n    thresholdPolicies(spaceId: $spaceId) {\n      version\n      supportWindowDays\n      tiers {\n        tier\n        measure\n        threshold\n      }\n      adoptedAt\n      takesEffectAt\n      proposalsSubmitted\n    }\n  }\n": types.ThresholdPoliciesDocument,
    "\n  mutation AdoptThresholdPolicy($input: AdoptThresholdPolicyInput!) {\n    adoptThresholdPolicy(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n": types.AdoptThresholdPolicyDocument,
    "\n  query SessionNames {\n    me {\n      displayName\n      memberOf {\n        id\n        name\n      }\n    }\n  }\n": types.SessionNamesDocument,
    "\n  query SignInPersonas {\n    personas {\n      subject\n      displayName\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n": types.SignInPersonasDocument,
    "\n  mutation SignInAsPersona($subject: String!) {\n    signInAsPersona(subject: $subject) {\n      token\n      expiresAt\n      persona {\n        subject\n        displayName\n        roles\n        organizations\n        departments\n        onCommittee\n      }\n    }\n  }\n": types.SignInAsPersonaDocument,
    "\n  query SignInMe {\n    me {\n      subject\n      displayName\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n": types.SignInMeDocument,
    "\n  query Spaces {\n    spaces {\n      id\n      kind\n      nameKo\n      nameEn\n      theme\n    }\n  }\n": types.SpacesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendProposal($input: AmendProposalInput!) {\n    amendProposal(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation AmendProposal($input: AmendProposalInput!) {\n    amendProposal(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventFields on AuditEvent {\n    streamId\n    streamVersion\n    globalPosition\n    eventId\n    type\n    schemaVersion\n    recordedAt\n    actor\n    role\n    correlationId\n    causationId\n    data\n    metadata\n    hash\n    previousHash\n  }\n"): (typeof documents)["\n  fragment AuditEventFields on AuditEvent {\n    streamId\n    streamVersion\n    globalPosition\n    eventId\n    type\n    schemaVersion\n    recordedAt\n    actor\n    role\n    correlationId\n    causationId\n    data\n    metadata\n    hash\n    previousHash\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditStreamAsOf($streamId: String!, $at: DateTime, $position: Int) {\n    streamAsOf(streamId: $streamId, at: $at, position: $position) {\n      service\n      aggregate\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  query AuditStreamAsOf($streamId: String!, $at: DateTime, $position: Int) {\n    streamAsOf(streamId: $streamId, at: $at, position: $position) {\n      service\n      aggregate\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditStreamDiff($streamId: String!, $from: Moment!, $to: Moment!) {\n    diff(streamId: $streamId, from: $from, to: $to) {\n      path\n      kind\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  query AuditStreamDiff($streamId: String!, $from: Moment!, $to: Moment!) {\n    diff(streamId: $streamId, from: $from, to: $to) {\n      path\n      kind\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditStreamTrail($streamId: String!) {\n    auditTrail(streamId: $streamId) {\n      ...AuditEventFields\n    }\n  }\n"): (typeof documents)["\n  query AuditStreamTrail($streamId: String!) {\n    auditTrail(streamId: $streamId) {\n      ...AuditEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditServiceLog($service: String!, $after: String, $first: Int) {\n    auditEvents(service: $service, after: $after, first: $first) {\n      endCursor\n      events {\n        ...AuditEventFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditServiceLog($service: String!, $after: String, $first: Int) {\n    auditEvents(service: $service, after: $after, first: $first) {\n      endCursor\n      events {\n        ...AuditEventFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditInclusionProof($eventId: String!) {\n    inclusionProof(eventId: $eventId) {\n      service\n      leafIndex\n      treeSize\n      auditPath\n      signedNote\n    }\n  }\n"): (typeof documents)["\n  query AuditInclusionProof($eventId: String!) {\n    inclusionProof(eventId: $eventId) {\n      service\n      leafIndex\n      treeSize\n      auditPath\n      signedNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditVerifyStream($streamId: String!) {\n    auditTrail(streamId: $streamId) {\n      ...AuditEventFields\n    }\n    checkpointKey {\n      name\n      keyId\n      publicKeyPem\n      originPrefix\n    }\n  }\n"): (typeof documents)["\n  query AuditVerifyStream($streamId: String!) {\n    auditTrail(streamId: $streamId) {\n      ...AuditEventFields\n    }\n    checkpointKey {\n      name\n      keyId\n      publicKeyPem\n      originPrefix\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCommitteeAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation AddCommitteeAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeCommandResult on CommandResult {\n    __typename\n    ... on CommandAccepted {\n      committeeSession {\n        id\n      }\n    }\n    ...CommandRefusal\n  }\n"): (typeof documents)["\n  fragment CommitteeCommandResult on CommandResult {\n    __typename\n    ... on CommandAccepted {\n      committeeSession {\n        id\n      }\n    }\n    ...CommandRefusal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareCommitteeConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareCommitteeConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCommitteeDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCommitteeDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCommitteeMinutes($input: PublishMinutesInput!) {\n    publishMinutes(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCommitteeMinutes($input: PublishMinutesInput!) {\n    publishMinutes(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeCommitteeMotion($input: ProposeMotionInput!) {\n    proposeMotion(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeCommitteeMotion($input: ProposeMotionInput!) {\n    proposeMotion(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCommitteeAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCommitteeAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleCommitteeSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleCommitteeSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeSessionPage($id: String!) {\n    committeeSession(id: $id) {\n      id\n      spaceId\n      space {\n        nameKo\n        nameEn\n      }\n      scheduledFor\n      roster\n      quorum\n      present\n      quorumMet\n      minutes\n      minutesPublishedAt\n      attendance {\n        memberId\n        present\n      }\n      agenda {\n        itemId\n        proposalId\n        source\n        proposal {\n          id\n          title\n        }\n        recusals {\n          memberId\n          reason\n        }\n        motions {\n          motionId\n          text\n          proposer {\n            displayName\n            role\n          }\n          sealed\n          yourVote\n          votingBlockedBy\n          tally {\n            for\n            against\n            abstain\n          }\n        }\n        decision {\n          decisionId\n          outcome\n          motionId\n          tally {\n            for\n            against\n            abstain\n          }\n          present\n          quorum\n          recused\n          rationale\n          amendments\n          supersedes\n          recordedAt\n          toSpace {\n            nameKo\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeSessionPage($id: String!) {\n    committeeSession(id: $id) {\n      id\n      spaceId\n      space {\n        nameKo\n        nameEn\n      }\n      scheduledFor\n      roster\n      quorum\n      present\n      quorumMet\n      minutes\n      minutesPublishedAt\n      attendance {\n        memberId\n        present\n      }\n      agenda {\n        itemId\n        proposalId\n        source\n        proposal {\n          id\n          title\n        }\n        recusals {\n          memberId\n          reason\n        }\n        motions {\n          motionId\n          text\n          proposer {\n            displayName\n            role\n          }\n          sealed\n          yourVote\n          votingBlockedBy\n          tally {\n            for\n            against\n            abstain\n          }\n        }\n        decision {\n          decisionId\n          outcome\n          motionId\n          tally {\n            for\n            against\n            abstain\n          }\n          present\n          quorum\n          recused\n          rationale\n          amendments\n          supersedes\n          recordedAt\n          toSpace {\n            nameKo\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeSessionMembers($spaceId: String!) {\n    committeeMembers(spaceId: $spaceId) {\n      id\n      person {\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeSessionMembers($spaceId: String!) {\n    committeeMembers(spaceId: $spaceId) {\n      id\n      person {\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommitteeSessionChanges($id: String!) {\n    committeeSessionChanged(sessionId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription CommitteeSessionChanges($id: String!) {\n    committeeSessionChanged(sessionId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeSessions($spaceId: String!) {\n    committeeSessions(spaceId: $spaceId) {\n      id\n      scheduledFor\n      quorum\n      present\n      minutesPublishedAt\n      agenda {\n        itemId\n      }\n    }\n    committeeDocket(spaceId: $spaceId) {\n      proposalId\n      source\n      proposedAt\n      fromSpace {\n        nameKo\n        nameEn\n      }\n      proposal {\n        id\n        title\n      }\n      agendaItems {\n        sessionId\n        itemId\n        decision {\n          outcome\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeSessions($spaceId: String!) {\n    committeeSessions(spaceId: $spaceId) {\n      id\n      scheduledFor\n      quorum\n      present\n      minutesPublishedAt\n      agenda {\n        itemId\n      }\n    }\n    committeeDocket(spaceId: $spaceId) {\n      proposalId\n      source\n      proposedAt\n      fromSpace {\n        nameKo\n        nameEn\n      }\n      proposal {\n        id\n        title\n      }\n      agendaItems {\n        sessionId\n        itemId\n        decision {\n          outcome\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastCommitteeVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation CastCommitteeVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      ...CommitteeCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentAnswerReview($input: AnswerReviewInput!) {\n    answerReview(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        review {\n          id\n          status\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation DepartmentAnswerReview($input: AnswerReviewInput!) {\n    answerReview(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        review {\n          id\n          status\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImplementationCommandResult on CommandResult {\n    __typename\n    ... on CommandAccepted {\n      implementation {\n        id\n        status\n      }\n    }\n    ...CommandRefusal\n  }\n"): (typeof documents)["\n  fragment ImplementationCommandResult on CommandResult {\n    __typename\n    ... on CommandAccepted {\n      implementation {\n        id\n        status\n      }\n    }\n    ...CommandRefusal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentDeskDepartments {\n    departmentReviews {\n      department\n    }\n  }\n"): (typeof documents)["\n  query DepartmentDeskDepartments {\n    departmentReviews {\n      department\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentStallImplementation($input: StallImplementationInput!) {\n    stallImplementation(input: $input) {\n      ...ImplementationCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation DepartmentStallImplementation($input: StallImplementationInput!) {\n    stallImplementation(input: $input) {\n      ...ImplementationCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentCompleteImplementation($input: CompleteImplementationInput!) {\n    completeImplementation(input: $input) {\n      ...ImplementationCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation DepartmentCompleteImplementation($input: CompleteImplementationInput!) {\n    completeImplementation(input: $input) {\n      ...ImplementationCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentImplementations($department: String!) {\n    implementations(department: $department) {\n      id\n      proposalId\n      status\n      percent\n      stalledReason\n      milestones {\n        milestoneId\n        title\n        dueAt\n        completedAt\n      }\n      reports {\n        percent\n        note\n        reason\n        reportedAt\n      }\n      proposal {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentImplementations($department: String!) {\n    implementations(department: $department) {\n      id\n      proposalId\n      status\n      percent\n      stalledReason\n      milestones {\n        milestoneId\n        title\n        dueAt\n        completedAt\n      }\n      reports {\n        percent\n        note\n        reason\n        reportedAt\n      }\n      proposal {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentGiveInterimAnswer($input: GiveInterimAnswerInput!) {\n    giveInterimAnswer(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        review {\n          id\n          interimAnswers {\n            givenAt\n          }\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation DepartmentGiveInterimAnswer($input: GiveInterimAnswerInput!) {\n    giveInterimAnswer(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        review {\n          id\n          interimAnswers {\n            givenAt\n          }\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentCompleteMilestone($input: CompleteMilestoneInput!) {\n    completeMilestone(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        implementation {\n          id\n          milestones {\n            milestoneId\n            completedAt\n          }\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation DepartmentCompleteMilestone($input: CompleteMilestoneInput!) {\n    completeMilestone(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        implementation {\n          id\n          milestones {\n            milestoneId\n            completedAt\n          }\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentPlanImplementation($input: PlanImplementationInput!) {\n    planImplementation(input: $input) {\n      ...ImplementationCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation DepartmentPlanImplementation($input: PlanImplementationInput!) {\n    planImplementation(input: $input) {\n      ...ImplementationCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentReportProgress($input: ReportProgressInput!) {\n    reportProgress(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        implementation {\n          id\n          status\n          percent\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation DepartmentReportProgress($input: ReportProgressInput!) {\n    reportProgress(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        implementation {\n          id\n          status\n          percent\n        }\n      }\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentReviewQueue($department: String!) {\n    open: reviewQueue(department: $department, status: open) {\n      id\n      department\n      lead\n      proposalId\n      dueAt\n      daysElapsed\n      daysAllowed\n      overdue\n      interimAnswers {\n        text\n        givenAt\n        giver {\n          displayName\n          role\n        }\n      }\n      proposal {\n        title\n      }\n    }\n    answered: reviewQueue(department: $department, status: answered) {\n      id\n      proposalId\n      outcome\n      answeredAt\n      answerer {\n        displayName\n        role\n      }\n      overdue\n      proposal {\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentReviewQueue($department: String!) {\n    open: reviewQueue(department: $department, status: open) {\n      id\n      department\n      lead\n      proposalId\n      dueAt\n      daysElapsed\n      daysAllowed\n      overdue\n      interimAnswers {\n        text\n        givenAt\n        giver {\n          displayName\n          role\n        }\n      }\n      proposal {\n        title\n      }\n    }\n    answered: reviewQueue(department: $department, status: answered) {\n      id\n      proposalId\n      outcome\n      answeredAt\n      answerer {\n        displayName\n        role\n      }\n      overdue\n      proposal {\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DepartmentDeskStatusChanged {\n    proposalStatusChanged {\n      id\n      departments\n    }\n  }\n"): (typeof documents)["\n  subscription DepartmentDeskStatusChanged {\n    proposalStatusChanged {\n      id\n      departments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentDirectory {\n    departments {\n      id\n      nameKo\n      nameEn\n      spaceId\n    }\n  }\n"): (typeof documents)["\n  query DepartmentDirectory {\n    departments {\n      id\n      nameKo\n      nameEn\n      spaceId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Districts {\n    districts {\n      id\n      nameKo\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query Districts {\n    districts {\n      id\n      nameKo\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommandRefusal on CommandRefused {\n    code\n    message\n  }\n"): (typeof documents)["\n  fragment CommandRefusal on CommandRefused {\n    code\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPage($id: String!) {\n    organization(id: $id) {\n      id\n      name\n      verified\n      verificationNote\n      verifiedAt\n      verifier {\n        displayName\n        role\n      }\n      verificationRevokedReason\n      verificationRevokedAt\n      district\n      districtInDirectory {\n        nameKo\n        nameEn\n      }\n      members {\n        memberId\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationPage($id: String!) {\n    organization(id: $id) {\n      id\n      name\n      verified\n      verificationNote\n      verifiedAt\n      verifier {\n        displayName\n        role\n      }\n      verificationRevokedReason\n      verificationRevokedAt\n      district\n      districtInDirectory {\n        nameKo\n        nameEn\n      }\n      members {\n        memberId\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMembership($input: RequestMembershipInput!) {\n    requestMembership(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMembership($input: RequestMembershipInput!) {\n    requestMembership(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveOrganization($input: LeaveOrganizationInput!) {\n    leaveOrganization(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveOrganization($input: LeaveOrganizationInput!) {\n    leaveOrganization(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChoosePublicName($input: ChoosePublicNameInput!) {\n    choosePublicName(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation ChoosePublicName($input: ChoosePublicNameInput!) {\n    choosePublicName(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanPage {\n    masterPlan {\n      title\n      vision\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n          indicators {\n            id\n            nameKo\n            nameEn\n            unit\n            baselineValue\n            baselineYear\n            targetValue\n            targetYear\n            progress {\n              share\n              onTrack\n              latest {\n                year\n                value\n              }\n            }\n          }\n        }\n        proposals {\n          id\n        }\n      }\n    }\n    perceptionGaps {\n      surveyId\n      topic\n      question\n      publicMean\n      privateMean\n      gap\n      open\n      publicCount\n      privateCount\n    }\n  }\n"): (typeof documents)["\n  query PlanPage {\n    masterPlan {\n      title\n      vision\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n          indicators {\n            id\n            nameKo\n            nameEn\n            unit\n            baselineValue\n            baselineYear\n            targetValue\n            targetYear\n            progress {\n              share\n              onTrack\n              latest {\n                year\n                value\n              }\n            }\n          }\n        }\n        proposals {\n          id\n        }\n      }\n    }\n    perceptionGaps {\n      surveyId\n      topic\n      question\n      publicMean\n      privateMean\n      gap\n      open\n      publicCount\n      privateCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveySeats {\n    committeeMembers {\n      id\n      sector\n    }\n  }\n"): (typeof documents)["\n  query SurveySeats {\n    committeeMembers {\n      id\n      sector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($id: String!) {\n    submitProposal(input: { proposalId: $id }) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProposal($id: String!) {\n    submitProposal(input: { proposalId: $id }) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveFeedback($input: GiveFeedbackInput!) {\n    giveFeedback(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation GiveFeedback($input: GiveFeedbackInput!) {\n    giveFeedback(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyProposalsChanged {\n    myProposalsChanged {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription MyProposalsChanged {\n    myProposalsChanged {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalFilterChoices {\n    masterPlan {\n      strategies {\n        strategyId\n        title\n      }\n    }\n    departments {\n      id\n      nameKo\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query ProposalFilterChoices {\n    masterPlan {\n      strategies {\n        strategyId\n        title\n      }\n    }\n    departments {\n      id\n      nameKo\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalForm($id: String!, $editing: Boolean!) {\n    masterPlan {\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n        }\n      }\n    }\n    departments {\n      id\n      nameKo\n      nameEn\n      spaceId\n    }\n    me {\n      memberOf {\n        id\n        name\n      }\n    }\n    proposal(id: $id) @include(if: $editing) {\n      id\n      title\n      body\n      serves\n      departments\n      district\n      spaceId\n      organizationId\n      authorId\n      status\n    }\n  }\n"): (typeof documents)["\n  query ProposalForm($id: String!, $editing: Boolean!) {\n    masterPlan {\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n        }\n      }\n    }\n    departments {\n      id\n      nameKo\n      nameEn\n      spaceId\n    }\n    me {\n      memberOf {\n        id\n        name\n      }\n    }\n    proposal(id: $id) @include(if: $editing) {\n      id\n      title\n      body\n      serves\n      departments\n      district\n      spaceId\n      organizationId\n      authorId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftProposal($input: DraftProposalInput!) {\n    draftProposal(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation DraftProposal($input: DraftProposalInput!) {\n    draftProposal(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditProposal($input: EditProposalInput!) {\n    editProposal(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation EditProposal($input: EditProposalInput!) {\n    editProposal(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalPage($id: String!) {\n    proposal(id: $id) {\n      id\n      title\n      body\n      status\n      district\n      districtInDirectory {\n        nameKo\n        nameEn\n      }\n      space {\n        nameKo\n        nameEn\n      }\n      policyVersion\n      authorId\n      author {\n        displayName\n        role\n      }\n      organization {\n        name\n        verified\n      }\n      supports\n      nextSupportThreshold\n      supportedByMe\n      withdrawnReason\n      reviews {\n        id\n        department\n        departmentInDirectory {\n          nameKo\n          nameEn\n        }\n        status\n        openedAt\n        dueAt\n        daysElapsed\n        overdue\n        answeredAt\n        answerer {\n          displayName\n          role\n        }\n        outcome\n        reasons\n        estimatedCost\n        interimAnswers {\n          givenAt\n          text\n          giver {\n            displayName\n            role\n          }\n        }\n      }\n      agendaItems {\n        sessionId\n        itemId\n        decision {\n          outcome\n          rationale\n          amendments\n          present\n          recordedAt\n          tally {\n            for\n            against\n            abstain\n          }\n        }\n      }\n      implementation {\n        department\n        departmentInDirectory {\n          nameKo\n          nameEn\n        }\n        status\n        percent\n        stalledReason\n        milestones {\n          milestoneId\n          title\n          dueAt\n          completedAt\n        }\n        reports {\n          percent\n          note\n          reportedAt\n        }\n      }\n      feedback {\n        target\n        targetId\n        invited\n        given\n        meanRating\n      }\n      timeline {\n        step\n        at\n        person {\n          displayName\n          role\n        }\n        role\n        department\n        departmentInDirectory {\n          nameKo\n          nameEn\n        }\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalPage($id: String!) {\n    proposal(id: $id) {\n      id\n      title\n      body\n      status\n      district\n      districtInDirectory {\n        nameKo\n        nameEn\n      }\n      space {\n        nameKo\n        nameEn\n      }\n      policyVersion\n      authorId\n      author {\n        displayName\n        role\n      }\n      organization {\n        name\n        verified\n      }\n      supports\n      nextSupportThreshold\n      supportedByMe\n      withdrawnReason\n      reviews {\n        id\n        department\n        departmentInDirectory {\n          nameKo\n          nameEn\n        }\n        status\n        openedAt\n        dueAt\n        daysElapsed\n        overdue\n        answeredAt\n        answerer {\n          displayName\n          role\n        }\n        outcome\n        reasons\n        estimatedCost\n        interimAnswers {\n          givenAt\n          text\n          giver {\n            displayName\n            role\n          }\n        }\n      }\n      agendaItems {\n        sessionId\n        itemId\n        decision {\n          outcome\n          rationale\n          amendments\n          present\n          recordedAt\n          tally {\n            for\n            against\n            abstain\n          }\n        }\n      }\n      implementation {\n        department\n        departmentInDirectory {\n          nameKo\n          nameEn\n        }\n        status\n        percent\n        stalledReason\n        milestones {\n          milestoneId\n          title\n          dueAt\n          completedAt\n        }\n        reports {\n          percent\n          note\n          reportedAt\n        }\n      }\n      feedback {\n        target\n        targetId\n        invited\n        given\n        meanRating\n      }\n      timeline {\n        step\n        at\n        person {\n          displayName\n          role\n        }\n        role\n        department\n        departmentInDirectory {\n          nameKo\n          nameEn\n        }\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProposalStatusChanged($id: String!) {\n    proposalStatusChanged(proposalId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription ProposalStatusChanged($id: String!) {\n    proposalStatusChanged(proposalId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalsPage($filter: ProposalFilter) {\n    proposals(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          status\n          district\n          districtInDirectory {\n            nameKo\n            nameEn\n          }\n          supports\n          nextSupportThreshold\n          space {\n            nameKo\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalsPage($filter: ProposalFilter) {\n    proposals(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          status\n          district\n          districtInDirectory {\n            nameKo\n            nameEn\n          }\n          supports\n          nextSupportThreshold\n          space {\n            nameKo\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProposalsLive {\n    proposalStatusChanged {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription ProposalsLive {\n    proposalStatusChanged {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportProposal($id: String!) {\n    supportProposal(input: { proposalId: $id }) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation SupportProposal($id: String!) {\n    supportProposal(input: { proposalId: $id }) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSupport($id: String!) {\n    withdrawSupport(input: { proposalId: $id }) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSupport($id: String!) {\n    withdrawSupport(input: { proposalId: $id }) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretariatDepartments {\n    departments {\n      id\n      nameKo\n      nameEn\n      spaceId\n      officers {\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecretariatDepartments {\n    departments {\n      id\n      nameKo\n      nameEn\n      spaceId\n      officers {\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDepartment($input: RegisterDepartmentInput!) {\n    registerDepartment(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterDepartment($input: RegisterDepartmentInput!) {\n    registerDepartment(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignDepartmentOfficer($input: AssignDepartmentOfficerInput!) {\n    assignDepartmentOfficer(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation AssignDepartmentOfficer($input: AssignDepartmentOfficerInput!) {\n    assignDepartmentOfficer(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineIndicator($input: DefineIndicatorInput!) {\n    defineIndicator(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation DefineIndicator($input: DefineIndicatorInput!) {\n    defineIndicator(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIndicatorMeasurement($input: RecordIndicatorMeasurementInput!) {\n    recordIndicatorMeasurement(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIndicatorMeasurement($input: RecordIndicatorMeasurementInput!) {\n    recordIndicatorMeasurement(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretariatOrganizations {\n    organizations {\n      id\n      name\n      verified\n      district\n      districtInDirectory {\n        nameKo\n        nameEn\n      }\n      registeredAt\n      verificationNote\n      verifiedAt\n      verifier {\n        displayName\n        role\n      }\n      verificationRevokedReason\n      verificationRevokedAt\n    }\n  }\n"): (typeof documents)["\n  query SecretariatOrganizations {\n    organizations {\n      id\n      name\n      verified\n      district\n      districtInDirectory {\n        nameKo\n        nameEn\n      }\n      registeredAt\n      verificationNote\n      verifiedAt\n      verifier {\n        displayName\n        role\n      }\n      verificationRevokedReason\n      verificationRevokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganization($input: VerifyOrganizationInput!) {\n    verifyOrganization(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganization($input: VerifyOrganizationInput!) {\n    verifyOrganization(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOrganizationVerification($input: RevokeOrganizationVerificationInput!) {\n    revokeOrganizationVerification(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeOrganizationVerification($input: RevokeOrganizationVerificationInput!) {\n    revokeOrganizationVerification(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanIndicators {\n    masterPlan {\n      id\n      strategies {\n        strategyId\n        policies {\n          policyId\n          title\n          indicators {\n            id\n            nameKo\n            nameEn\n            unit\n            baselineValue\n            baselineYear\n            targetValue\n            targetYear\n            measurements {\n              year\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanIndicators {\n    masterPlan {\n      id\n      strategies {\n        strategyId\n        policies {\n          policyId\n          title\n          indicators {\n            id\n            nameKo\n            nameEn\n            unit\n            baselineValue\n            baselineYear\n            targetValue\n            targetYear\n            measurements {\n              year\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MasterPlans {\n    masterPlans {\n      id\n      title\n      vision\n      periodFrom\n      periodTo\n      adoptedAt\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n        }\n      }\n      pendingIssues {\n        issueId\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query MasterPlans {\n    masterPlans {\n      id\n      title\n      vision\n      periodFrom\n      periodTo\n      adoptedAt\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n        }\n      }\n      pendingIssues {\n        issueId\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptMasterPlan($input: AdoptMasterPlanInput!) {\n    adoptMasterPlan(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptMasterPlan($input: AdoptMasterPlanInput!) {\n    adoptMasterPlan(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineStrategy($input: DefineStrategyInput!) {\n    defineStrategy(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation DefineStrategy($input: DefineStrategyInput!) {\n    defineStrategy(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefinePolicy($input: DefinePolicyInput!) {\n    definePolicy(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation DefinePolicy($input: DefinePolicyInput!) {\n    definePolicy(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPendingIssue($input: RecordPendingIssueInput!) {\n    recordPendingIssue(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPendingIssue($input: RecordPendingIssueInput!) {\n    recordPendingIssue(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretariatRoster {\n    committeeMembers {\n      id\n      name\n      sector\n      coChair\n    }\n  }\n"): (typeof documents)["\n  query SecretariatRoster {\n    committeeMembers {\n      id\n      name\n      sector\n      coChair\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointMember($input: AppointMemberInput!) {\n    appointMember(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation AppointMember($input: AppointMemberInput!) {\n    appointMember(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DesignateCoChairs($input: DesignateCoChairsInput!) {\n    designateCoChairs(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation DesignateCoChairs($input: DesignateCoChairsInput!) {\n    designateCoChairs(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretariatSurveys {\n    perceptionGaps {\n      surveyId\n      topic\n      question\n      open\n      publicMean\n      privateMean\n      gap\n      publicCount\n      privateCount\n    }\n  }\n"): (typeof documents)["\n  query SecretariatSurveys {\n    perceptionGaps {\n      surveyId\n      topic\n      question\n      open\n      publicMean\n      privateMean\n      gap\n      publicCount\n      privateCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSurvey($input: OpenSurveyInput!) {\n    openSurvey(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation OpenSurvey($input: OpenSurveyInput!) {\n    openSurvey(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurvey($input: CloseSurveyInput!) {\n    closeSurvey(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSurvey($input: CloseSurveyInput!) {\n    closeSurvey(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThresholdPolicies($spaceId: String!) {\n    thresholdPolicies(spaceId: $spaceId) {\n      version\n      supportWindowDays\n      tiers {\n        tier\n        measure\n        threshold\n      }\n      adoptedAt\n      takesEffectAt\n      proposalsSubmitted\n    }\n  }\n"): (typeof documents)["\n  query ThresholdPolicies($spaceId: String!) {\n    thresholdPolicies(spaceId: $spaceId) {\n      version\n      supportWindowDays\n      tiers {\n        tier\n        measure\n        threshold\n      }\n      adoptedAt\n      takesEffectAt\n      proposalsSubmitted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptThresholdPolicy($input: AdoptThresholdPolicyInput!) {\n    adoptThresholdPolicy(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptThresholdPolicy($input: AdoptThresholdPolicyInput!) {\n    adoptThresholdPolicy(input: $input) {\n      __typename\n      ...CommandRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionNames {\n    me {\n      displayName\n      memberOf {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionNames {\n    me {\n      displayName\n      memberOf {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInPersonas {\n    personas {\n      subject\n      displayName\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n"): (typeof documents)["\n  query SignInPersonas {\n    personas {\n      subject\n      displayName\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInAsPersona($subject: String!) {\n    signInAsPersona(subject: $subject) {\n      token\n      expiresAt\n      persona {\n        subject\n        displayName\n        roles\n        organizations\n        departments\n        onCommittee\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInAsPersona($subject: String!) {\n    signInAsPersona(subject: $subject) {\n      token\n      expiresAt\n      persona {\n        subject\n        displayName\n        roles\n        organizations\n        departments\n        onCommittee\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInMe {\n    me {\n      subject\n      displayName\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n"): (typeof documents)["\n  query SignInMe {\n    me {\n      subject\n      displayName\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Spaces {\n    spaces {\n      id\n      kind\n      nameKo\n      nameEn\n      theme\n    }\n  }\n"): (typeof documents)["\n  query Spaces {\n    spaces {\n      id\n      kind\n      nameKo\n      nameEn\n      theme\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;