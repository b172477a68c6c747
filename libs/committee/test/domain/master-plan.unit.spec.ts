import {
  MasterPlanCommand,
  MasterPlanEvent,
  masterPlanDecider,
  parseStudy,
  seedMasterPlan,
} from '@hyeopchi/committee/domain';
import { deciderSpecification } from '@hyeopchi/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const abstract = readFileSync(resolve(__dirname, '../../src/seeds/governance-seoul-study.txt'), 'utf8');
const given = deciderSpecification(masterPlanDecider);
const now = new Date('2026-01-02T09:00:00Z');
const at = now.toISOString();
const metadata = { now, actor: 'admin-1' };

describe('the study', () => {
  const study = parseStudy(abstract);

  it('gives the vision word for word', () =>
    expect(study.vision).toBe('Citizen-led sustainable collaborative governance, Making citizens happier'));

  it('gives the 7 strategies and the 8 pending issues word for word, in order', () => {
    expect(study.strategies).toEqual([
      'Diffusion of recognition of collaborative governance and promotion of friendship and cooperation',
      'Rational improvement of leading systems for collaborative governance',
      'Establishing a collaborative governance based administrative systems',
      'Seoul Civil Society 2.0 - Fostering and revitalizing civil society',
      'Community-based collaborative governance 2.0 - Strengthening the basis of regional governance and the potential capacity',
      'Establishing the decentralized and convergent governance model',
      'Innovation of ‘Governance Seoul’ - improving the ‘Governance Seoul’ operation systems',
    ]);
    expect(study.pendingIssues).toEqual([
      'Remaining the gap in perceptions between public and private actors',
      'Need to reorganize and innovate the governance-leading administrative systems',
      'Need to reform the traditional administrative system toward governance- friendly system',
      'Lack of diversity and competence of private actors',
      'Poor conditions of communities to practice collaborative governance',
      'Diveded administrative system by departments and policies',
      'Structural constraint on the governance-leading organizations',
      'Need to look for qualitative improvement of leading policies for collaborative governance',
    ]);
  });

  it('is refused when it no longer reads as the study', () =>
    expect(() => parseStudy(abstract.replace(/\n- Lack of diversity[^\n]*/, ''))).toThrow(
      '8 pending issues',
    ));
});

describe('master plan', () => {
  const plan = { planId: 'plan-1', periodFrom: '2018-01-01', periodTo: '2022-12-31' };
  const adopted: MasterPlanEvent = {
    type: 'master_plan.adopted.v1',
    data: {
      planId: 'plan-1',
      title: 'Master Plan for Developing Collaborative Governance',
      vision: 'Citizen-led sustainable collaborative governance, Making citizens happier',
      periodFrom: '2018-01-01',
      periodTo: '2022-12-31',
      adoptedAt: at,
    },
  };
  const strategy1: MasterPlanEvent = {
    type: 'master_plan.strategy_defined.v1',
    data: { planId: 'plan-1', strategyId: 'strategy-1', title: 'Diffusion', definedAt: at },
  };
  const definePolicy = (strategyId: string): MasterPlanCommand => ({
    type: 'DefinePolicy',
    data: { planId: 'plan-1', policyId: 'policy-1-1', strategyId, title: 'A policy an admin names' },
    metadata,
  });

  it('seeds from the study: adopted with its vision, then 7 strategies and 8 pending issues', () => {
    const events = seedMasterPlan(parseStudy(abstract), plan, metadata).reduce<MasterPlanEvent[]>(
      (history, command) => [
        ...history,
        ...masterPlanDecider.decide(
          command,
          history.reduce(masterPlanDecider.evolve, masterPlanDecider.initialState),
        ),
      ],
      [],
    );
    expect(events[0]).toEqual(adopted);
    expect(events.filter((e) => e.type === 'master_plan.strategy_defined.v1')).toHaveLength(7);
    expect(events.filter((e) => e.type === 'master_plan.pending_issue_recorded.v1')).toHaveLength(8);
    expect(events.filter((e) => e.type === 'master_plan.policy_defined.v1')).toHaveLength(0);
  });

  it('is adopted once, over a real period', () => {
    const adopt = (periodFrom: string, periodTo: string): MasterPlanCommand => ({
      type: 'AdoptMasterPlan',
      data: { planId: 'plan-1', title: 'Plan', vision: 'Vision', periodFrom, periodTo },
      metadata,
    });
    given(adopted).when(adopt('2018-01-01', '2022-12-31')).thenRefuses('PLAN_EXISTS');
    given().when(adopt('2022-12-31', '2018-01-01')).thenRefuses('INVALID_PLAN');
    given()
      .when(adopt('2018-09-01', '2018-10-01'))
      .then({
        type: 'master_plan.adopted.v1',
        data: {
          planId: 'plan-1',
          title: 'Plan',
          vision: 'Vision',
          periodFrom: '2018-09-01',
          periodTo: '2018-10-01',
          adoptedAt: at,
        },
      });
  });

  it('takes detailed policies under a defined strategy, each once', () => {
    const policyDefined: MasterPlanEvent = {
      type: 'master_plan.policy_defined.v1',
      data: {
        planId: 'plan-1',
        policyId: 'policy-1-1',
        strategyId: 'strategy-1',
        title: 'A policy an admin names',
        definedAt: at,
      },
    };
    given(adopted, strategy1).when(definePolicy('strategy-1')).then(policyDefined);
    given(adopted).when(definePolicy('strategy-9')).thenRefuses('UNKNOWN_STRATEGY');
    given(adopted, strategy1, policyDefined).when(definePolicy('strategy-1')).thenRefuses('POLICY_EXISTS');
    given().when(definePolicy('strategy-1')).thenRefuses('PLAN_NOT_ADOPTED');
  });
});
