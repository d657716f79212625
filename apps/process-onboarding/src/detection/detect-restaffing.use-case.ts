import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiClient, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import { ReasonCode } from '@p2c/canonical';
import { ExceptionRecorder } from '../flow/exception-recorder';
import { ONBOARDING_FLOW, RESTAFF_STEP } from '../flow/step-name';

interface OpenStaffingGap {
  subject_id: string;
  project: string;
  labels: string[];
}

const OPEN_GAPS = `
  SELECT subject_id, context->>'project' AS project,
         ARRAY(SELECT role->>'label' FROM jsonb_array_elements(context->'openRoles') role) AS labels
    FROM exceptions
   WHERE flow = $1 AND step = $2 AND reason_code = $3 AND status NOT IN ('resolved', 'dismissed')
   ORDER BY created_at`;

/**
 * Closes the staffing gaps that were restaffed. For each unresolved `WORKER_INACTIVE` exception
 * it reads the PSA project's staffing now; once none of the roles it held open is still open (a
 * resource manager filled or removed them), the exception is resolved. Reading the project's
 * state, not its events, sees a restaffing however it was made, and a missed or repeated event
 * changes nothing. Answers how many were resolved.
 */
@Injectable()
export class DetectRestaffingUseCase {
  constructor(
    private readonly dataSource: DataSource,
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    private readonly exceptions: ExceptionRecorder,
  ) {}

  async execute(): Promise<number> {
    const gaps: OpenStaffingGap[] = await this.dataSource.query(OPEN_GAPS, [
      ONBOARDING_FLOW,
      RESTAFF_STEP,
      ReasonCode.WORKER_INACTIVE,
    ]);
    let resolved = 0;
    for (const gap of gaps) {
      const project = await absentOn404(
        unwrap(this.psa.GET('/projects/{id}', { params: { path: { id: gap.project } } })),
      );
      if (!project) continue;
      const stillOpen = new Set(project.openAssignments.map((open) => open.label));
      if (gap.labels.some((label) => stillOpen.has(label))) continue;
      const staffed = project.assignments.map((a) => `${a.worker} as ${a.role}`).join(', ');
      await this.exceptions.resolve(
        this.dataSource.manager,
        { step: RESTAFF_STEP, subjectType: 'opportunity', subjectId: gap.subject_id },
        `Restaffed in the PSA: project ${gap.project} holds none of its open roles any more; staffed: ${staffed}.`,
      );
      resolved += 1;
    }
    return resolved;
  }
}
