import { nameBasedUuid } from '@hyeopchi/name-based-uuid';
import { parseStudy, seedMasterPlan } from '@hyeopchi/committee/domain';
import { CommandSender } from '@hyeopchi/command-processing';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The study's abstract, word for word, beside this module (the build copies it). */
const STUDY_ABSTRACT_PATH = join(__dirname, 'governance-seoul-study.txt');

export interface MasterPlanSeed {
  planId: string;
  /** The study states no period: whoever seeds gives it. */
  periodFrom: string;
  periodTo: string;
}

/**
 * Adopts the master plan from the study through the committee service: its vision, 7 strategies and 8 pending
 * issues, word for word. Each command's id derives from the plan, its place and its content, so seeding again
 * changes nothing.
 */
export async function seedMasterPlanFromStudy(
  sender: CommandSender,
  plan: MasterPlanSeed,
  actor = 'admin',
): Promise<number> {
  const study = parseStudy(await readFile(STUDY_ABSTRACT_PATH, 'utf8'));
  const commands = seedMasterPlan(study, plan, { now: new Date(), actor });
  for (const [index, { type, data }] of commands.entries()) {
    const reply = await sender.send('committee', {
      type,
      data,
      actor,
      role: 'admin',
      // the same seed again changes nothing; another period is decided again, and refused (PLAN_EXISTS)
      commandId: nameBasedUuid(`seed/master-plan/${plan.planId}/${index}/${JSON.stringify(data)}`),
    });
    if (!reply.ok) throw new Error(`${type} refused: ${reply.error.code} ${reply.error.message}`);
  }
  return commands.length;
}
