import { CommandMetadata } from '@hyeopchi/domain-kernel';
import { MasterPlanCommand } from './decide';

/** What the study states of the master plan, word for word. It names no detailed policies: admins add them. */
export interface Study {
  vision: string;
  strategies: string[];
  pendingIssues: string[];
}

/**
 * Reads the study's abstract (governance-seoul-study.txt): the vision is the quoted phrase after "The vision of
 * plan", the pending issues and the strategies are the two bulleted lists, in that order.
 */
export function parseStudy(abstract: string): Study {
  const vision = /vision of plan[^‘]*‘([^’]+)’/.exec(abstract)?.[1];
  const bulleted: string[][] = [];
  let current: string[] = [];
  for (const line of abstract.split('\n')) {
    if (line.startsWith('- ')) {
      current.push(line.slice(2).trim());
    } else if (current.length > 0) {
      bulleted.push(current);
      current = [];
    }
  }
  if (current.length > 0) bulleted.push(current);
  const [pendingIssues, strategies] = bulleted;
  if (!vision || pendingIssues?.length !== 8 || strategies?.length !== 7) {
    throw new Error('the study abstract no longer reads as a vision, 8 pending issues and 7 strategies');
  }
  return { vision, strategies, pendingIssues };
}

/** The study's own name for the plan. */
export const MASTER_PLAN_TITLE = 'Master Plan for Developing Collaborative Governance';

/**
 * The commands that seed the master plan from the study: adopt it, then its strategies and pending issues. The
 * study states no period, so whoever seeds gives it.
 */
export function seedMasterPlan(
  study: Study,
  plan: { planId: string; periodFrom: string; periodTo: string },
  metadata: CommandMetadata,
): MasterPlanCommand[] {
  const { planId, periodFrom, periodTo } = plan;
  return [
    {
      type: 'AdoptMasterPlan',
      data: { planId, title: MASTER_PLAN_TITLE, vision: study.vision, periodFrom, periodTo },
      metadata,
    },
    ...study.strategies.map((title, i): MasterPlanCommand => ({
      type: 'DefineStrategy',
      data: { planId, strategyId: `strategy-${i + 1}`, title },
      metadata,
    })),
    ...study.pendingIssues.map((text, i): MasterPlanCommand => ({
      type: 'RecordPendingIssue',
      data: { planId, issueId: `pending-issue-${i + 1}`, text },
      metadata,
    })),
  ];
}
