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
    "\n  query PlanPage {\n    masterPlan {\n      title\n      vision\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n        }\n        proposals {\n          id\n        }\n      }\n    }\n    perceptionGaps {\n      surveyId\n      topic\n      question\n      publicMean\n      privateMean\n      gap\n      publicCount\n      privateCount\n    }\n  }\n": typeof types.PlanPageDocument,
    "\n  query ProposalFilterChoices {\n    masterPlan {\n      strategies {\n        strategyId\n        title\n      }\n    }\n    departments {\n      department\n    }\n  }\n": typeof types.ProposalFilterChoicesDocument,
    "\n  query ProposalPage($id: String!) {\n    proposal(id: $id) {\n      id\n      title\n      body\n      status\n      district\n      supports\n      nextSupportThreshold\n      reviews {\n        id\n        department\n        status\n        openedAt\n        dueAt\n        overdue\n        answeredAt\n        interimAnswers {\n          givenAt\n          text\n        }\n      }\n    }\n  }\n": typeof types.ProposalPageDocument,
    "\n  query ProposalsPage($filter: ProposalFilter) {\n    proposals(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          status\n          district\n          supports\n          nextSupportThreshold\n        }\n      }\n    }\n  }\n": typeof types.ProposalsPageDocument,
    "\n  query SignInPersonas {\n    personas {\n      subject\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n": typeof types.SignInPersonasDocument,
    "\n  mutation SignInAsPersona($subject: String!) {\n    signInAsPersona(subject: $subject) {\n      token\n      expiresAt\n      persona {\n        subject\n        roles\n        organizations\n        departments\n        onCommittee\n      }\n    }\n  }\n": typeof types.SignInAsPersonaDocument,
    "\n  query SignInMe {\n    me {\n      subject\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n": typeof types.SignInMeDocument,
};
const documents: Documents = {
    "\n  query PlanPage {\n    masterPlan {\n      title\n      vision\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n        }\n        proposals {\n          id\n        }\n      }\n    }\n    perceptionGaps {\n      surveyId\n      topic\n      question\n      publicMean\n      privateMean\n      gap\n      publicCount\n      privateCount\n    }\n  }\n": types.PlanPageDocument,
    "\n  query ProposalFilterChoices {\n    masterPlan {\n      strategies {\n        strategyId\n        title\n      }\n    }\n    departments {\n      department\n    }\n  }\n": types.ProposalFilterChoicesDocument,
    "\n  query ProposalPage($id: String!) {\n    proposal(id: $id) {\n      id\n      title\n      body\n      status\n      district\n      supports\n      nextSupportThreshold\n      reviews {\n        id\n        department\n        status\n        openedAt\n        dueAt\n        overdue\n        answeredAt\n        interimAnswers {\n          givenAt\n          text\n        }\n      }\n    }\n  }\n": types.ProposalPageDocument,
    "\n  query ProposalsPage($filter: ProposalFilter) {\n    proposals(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          status\n          district\n          supports\n          nextSupportThreshold\n        }\n      }\n    }\n  }\n": types.ProposalsPageDocument,
    "\n  query SignInPersonas {\n    personas {\n      subject\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n": types.SignInPersonasDocument,
    "\n  mutation SignInAsPersona($subject: String!) {\n    signInAsPersona(subject: $subject) {\n      token\n      expiresAt\n      persona {\n        subject\n        roles\n        organizations\n        departments\n        onCommittee\n      }\n    }\n  }\n": types.SignInAsPersonaDocument,
    "\n  query SignInMe {\n    me {\n      subject\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n": types.SignInMeDocument,
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
export function graphql(source: "\n  query PlanPage {\n    masterPlan {\n      title\n      vision\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n        }\n        proposals {\n          id\n        }\n      }\n    }\n    perceptionGaps {\n      surveyId\n      topic\n      question\n      publicMean\n      privateMean\n      gap\n      publicCount\n      privateCount\n    }\n  }\n"): (typeof documents)["\n  query PlanPage {\n    masterPlan {\n      title\n      vision\n      strategies {\n        strategyId\n        title\n        policies {\n          policyId\n          title\n        }\n        proposals {\n          id\n        }\n      }\n    }\n    perceptionGaps {\n      surveyId\n      topic\n      question\n      publicMean\n      privateMean\n      gap\n      publicCount\n      privateCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalFilterChoices {\n    masterPlan {\n      strategies {\n        strategyId\n        title\n      }\n    }\n    departments {\n      department\n    }\n  }\n"): (typeof documents)["\n  query ProposalFilterChoices {\n    masterPlan {\n      strategies {\n        strategyId\n        title\n      }\n    }\n    departments {\n      department\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalPage($id: String!) {\n    proposal(id: $id) {\n      id\n      title\n      body\n      status\n      district\n      supports\n      nextSupportThreshold\n      reviews {\n        id\n        department\n        status\n        openedAt\n        dueAt\n        overdue\n        answeredAt\n        interimAnswers {\n          givenAt\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalPage($id: String!) {\n    proposal(id: $id) {\n      id\n      title\n      body\n      status\n      district\n      supports\n      nextSupportThreshold\n      reviews {\n        id\n        department\n        status\n        openedAt\n        dueAt\n        overdue\n        answeredAt\n        interimAnswers {\n          givenAt\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalsPage($filter: ProposalFilter) {\n    proposals(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          status\n          district\n          supports\n          nextSupportThreshold\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalsPage($filter: ProposalFilter) {\n    proposals(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          status\n          district\n          supports\n          nextSupportThreshold\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInPersonas {\n    personas {\n      subject\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n"): (typeof documents)["\n  query SignInPersonas {\n    personas {\n      subject\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInAsPersona($subject: String!) {\n    signInAsPersona(subject: $subject) {\n      token\n      expiresAt\n      persona {\n        subject\n        roles\n        organizations\n        departments\n        onCommittee\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInAsPersona($subject: String!) {\n    signInAsPersona(subject: $subject) {\n      token\n      expiresAt\n      persona {\n        subject\n        roles\n        organizations\n        departments\n        onCommittee\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInMe {\n    me {\n      subject\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n"): (typeof documents)["\n  query SignInMe {\n    me {\n      subject\n      roles\n      organizations\n      departments\n      onCommittee\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;