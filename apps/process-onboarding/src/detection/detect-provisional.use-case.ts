import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiClient, InjectApiClient, SystemCrmApi, absentOn404, unwrap } from '@p2c/clients';
import { OnboardingTerms, ProvisionalDemand, ProvisionalProject } from '@p2c/persistence';
import { LOST_STAGE, WON_STAGE } from '../process-onboarding-config';
import { ExceptionRecorder, ExceptionSubject } from '../flow/exception-recorder';
import { judgeFailure } from '../flow/failure-policy';
import { FlowSettings } from '../flow/flow-settings';
import { projectIdOf } from '../flow/project-id';
import { PROVISIONAL_STEP } from '../flow/step-name';
import { plannedTerms } from '../flow/steps/deal-terms';
import { psaProjectBody } from '../flow/steps/project-bodies';
import { StaffingGaps } from '../flow/steps/staffing-gaps';
import { consumeFeed } from './consume-feed';

type Deal = SystemCrmApi.SchemaOpportunityDto;

/** A deal as far as closing its provisional project needs it (a deal gone from the CRM too). */
type DealRef = Pick<Deal, 'id' | 'crmId' | 'stage'>;

const RELEASED: ProvisionalDemand = { named: [], open: [] };

export interface ProvisionalDetection {
  /** late-stage and lost deals read from the feed */
  read: number;
  /** provisional PSA projects set up or brought up to date */
  provisional: number;
  /** provisional PSA projects closed because their deal was lost */
  closed: number;
  /** provisional PSA projects whose demand was released because their deal left the late stages */
  released: number;
}

/**
 * Keeps the PSA's provisional projects in step with the CRM's late-stage deals. A deal at a
 * provisional stage (ONBOARDING_PROVISIONAL_STAGES) gets its PSA project, with the deal's planned
 * assignments as demand, under the id its onboarding will use, so Closed Won promotes that same
 * project; no ERP project is made before then. A planned worker the HCM does not know or employ
 * is demand all the same: the role is held open (an unnamed resource) by the rule onboarding
 * applies (StaffingGaps), and nothing is raised, as no one is to be staffed before the deal is
 * won. A lost deal's project is closed, its demand released, and so is the project of a deal that
 * left the late stages another way (back to Proposal); a deal that comes back to one gets the
 * same project back, reopened, with its demand as the deal plans it then. A deal that has an
 * onboarding belongs to it and is left alone: its provisional project is recorded as promoted.
 * The PSA finds what an earlier run made, so a deal read again (a repeated poll, a crash before
 * the checkpoint) makes nothing twice; a deal the PSA refuses, or that is incomplete, becomes an
 * exception and the feed reads on. What each project holds is recorded in
 * `provisional_projects`, which `GET /provisional-projects` reads.
 */
@Injectable()
export class DetectProvisionalUseCase {
  private readonly logger = new Logger(DetectProvisionalUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectApiClient('system-crm') private readonly crm: ApiClient<'system-crm'>,
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    private readonly staffingGaps: StaffingGaps,
    private readonly exceptions: ExceptionRecorder,
    private readonly settings: FlowSettings,
  ) {}

  async execute(): Promise<ProvisionalDetection> {
    const consumer = this.settings.feedConsumer;
    const stage = [...this.settings.provisionalStages, LOST_STAGE];
    const outcome = { provisional: 0, closed: 0 };
    const read = await consumeFeed({
      read: () =>
        unwrap(
          this.crm.GET('/opportunities/changes', {
            params: { query: { consumer, stage, limit: this.settings.feedPageSize } },
          }),
        ),
      handle: async (deals) => {
        const onboarded = await this.onboarded(deals.map((deal) => deal.id));
        for (const deal of deals) {
          if (onboarded.has(deal.id)) continue;
          if (deal.stage === LOST_STAGE) {
            if (await this.close(deal)) outcome.closed += 1;
          } else if (await this.setUp(deal)) outcome.provisional += 1;
        }
      },
      save: (cursor) =>
        unwrap(
          this.crm.PUT('/checkpoints/{feed}/{consumer}', {
            params: { path: { feed: 'opportunity-stages', consumer } },
            body: { cursor },
          }),
        ).then(() => undefined),
    });
    await this.recordPromotions();
    return { read, ...outcome, released: await this.releaseDealsThatLeft() };
  }

  private async onboarded(opportunityIds: string[]): Promise<Set<string>> {
    const rows: { opportunity_id: string }[] = await this.dataSource.query(
      `SELECT opportunity_id FROM onboardings WHERE opportunity_id = ANY($1)`,
      [opportunityIds],
    );
    return new Set(rows.map((row) => row.opportunity_id));
  }

  private async setUp(deal: Deal): Promise<boolean> {
    return this.settle(deal, async () => {
      const terms = await this.staffingGaps.withStaffingGaps(plannedTerms(deal));
      const id = projectIdOf(deal.id);
      let project = await unwrap(
        this.psa.POST('/projects', { body: psaProjectBody(id, deal.crmId, terms) }),
      );
      // closed when the deal was lost or left the late stages: it is back, and so is its project
      if (project.status === 'CLOSED')
        project = await unwrap(
          this.psa.POST('/projects/{id}/reopen', { params: { path: { id } } }),
        );
      await this.recordSetUp(deal, terms, project.psaId);
      return `Provisional PSA project ${project.psaId} set up for deal ${deal.crmId} at stage "${deal.stage}" with ${terms.assignments.length} named and ${terms.openAssignments?.length ?? 0} open role(s).`;
    });
  }

  private async close(deal: DealRef, why = 'lost'): Promise<boolean> {
    return this.settle(deal, async () => {
      const project = await absentOn404(
        unwrap(
          this.psa.POST('/projects/{id}/close', {
            params: { path: { id: projectIdOf(deal.id) } },
          }),
        ),
      );
      await this.recordClosed(deal);
      return (
        project && `Provisional PSA project ${project.psaId} closed: deal ${deal.crmId} ${why}.`
      );
    });
  }

  /**
   * Releases the demand of provisional projects whose deals left the late stages without being
   * won or lost. The stage feed only carries deals at the stages it is asked for, so a deal
   * moving back (Negotiation → Proposal) leaves it silently. Asking it for the earlier stages as
   * well would need every stage of the CRM's picklist named in config, and a deal moved to one
   * not named would hold its demand for ever. So the deals this app holds provisional are
   * checked instead: the late-stage deals are read whole (one paged read from the feed's start,
   * without a checkpoint, only while any project is held), and each held deal missing from them
   * is read on its own to see where it went — won (its onboarding takes the project over), back
   * at a late stage since (the feed brings it), or anywhere else, or gone from the CRM: released.
   */
  private async releaseDealsThatLeft(): Promise<number> {
    const held = await this.dataSource.manager.find(ProvisionalProject, {
      select: { opportunityId: true, opportunityCrmId: true, stage: true },
      where: { status: 'provisional' },
    });
    if (held.length === 0) return 0;
    const atLateStage = await this.lateStageDeals();
    let released = 0;
    for (const row of held) {
      if (atLateStage.has(row.opportunityId)) continue;
      const deal = await absentOn404(
        unwrap(
          this.crm.GET('/opportunities/{id}', { params: { path: { id: row.opportunityId } } }),
        ),
      );
      if (deal && (deal.isWon || this.settings.provisionalStages.includes(deal.stage))) continue;
      const left = deal
        ? await this.close(
            deal,
            deal.stage === LOST_STAGE ? 'lost' : `no longer at a late stage (now "${deal.stage}")`,
          )
        : await this.close(
            { id: row.opportunityId, crmId: row.opportunityCrmId, stage: row.stage },
            'gone from the CRM',
          );
      if (left) released += 1;
    }
    return released;
  }

  /** The canonical ids of every deal at a late stage now. */
  private async lateStageDeals(): Promise<Set<string>> {
    const ids = new Set<string>();
    let cursor: string | undefined;
    await consumeFeed({
      read: () =>
        unwrap(
          this.crm.GET('/opportunities/changes', {
            params: {
              query: {
                stage: [...this.settings.provisionalStages],
                limit: this.settings.feedPageSize,
                ...(cursor === undefined ? {} : { cursor }),
              },
            },
          }),
        ),
      handle: async (deals) => {
        for (const deal of deals) ids.add(deal.id);
      },
      save: async (next) => {
        cursor = next;
      },
    });
    return ids;
  }

  private async recordSetUp(deal: Deal, terms: OnboardingTerms, psaProjectId: string) {
    const demand: ProvisionalDemand = {
      named: terms.assignments,
      open: terms.openAssignments ?? [],
    };
    await this.dataSource.query(
      `INSERT INTO provisional_projects (project_id, opportunity_id, opportunity_crm_id, name,
                                         stage, deal_version, legal_entity, psa_project_id, demand)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT ON CONSTRAINT pk_provisional_projects DO UPDATE
         SET name = EXCLUDED.name, stage = EXCLUDED.stage, deal_version = EXCLUDED.deal_version,
             legal_entity = EXCLUDED.legal_entity, psa_project_id = EXCLUDED.psa_project_id,
             demand = EXCLUDED.demand, status = 'provisional', updated_at = now()`,
      [
        projectIdOf(deal.id),
        deal.id,
        deal.crmId,
        terms.name,
        deal.stage,
        terms.version,
        terms.legalEntity,
        psaProjectId,
        JSON.stringify(demand),
      ],
    );
  }

  private async recordClosed(deal: DealRef) {
    await this.dataSource.query(
      `UPDATE provisional_projects
          SET status = 'closed', stage = $2, demand = $3, closed_at = now(), updated_at = now()
        WHERE project_id = $1 AND status <> 'promoted'`,
      [projectIdOf(deal.id), deal.stage, JSON.stringify(RELEASED)],
    );
  }

  /** Provisional projects whose deal has an onboarding now: it took the project over. */
  private async recordPromotions() {
    await this.dataSource.query(
      `UPDATE provisional_projects p
          SET status = 'promoted', stage = $1, updated_at = now()
         FROM onboardings o
        WHERE o.opportunity_id = p.opportunity_id AND p.status <> 'promoted'`,
      [WON_STAGE],
    );
  }

  /**
   * Runs a deal's PSA change; a refusal or an incomplete deal becomes the deal's exception (the
   * next success resolves it), anything transient fails the poll, which reads the page again.
   */
  private async settle(deal: DealRef, change: () => Promise<string | undefined>): Promise<boolean> {
    const subject: ExceptionSubject = {
      step: PROVISIONAL_STEP,
      subjectType: 'opportunity',
      subjectId: deal.id,
    };
    try {
      const done = await change();
      if (done) {
        this.logger.log(done);
        await this.exceptions.resolve(this.dataSource.manager, subject, done);
      }
      return done !== undefined;
    } catch (error) {
      const verdict = judgeFailure(error);
      if (verdict.kind === 'transient') throw error;
      await this.exceptions.raise(this.dataSource.manager, subject, verdict.failure, {
        opportunity: deal.id,
        opportunityCrmId: deal.crmId,
        project: projectIdOf(deal.id),
      });
      return false;
    }
  }
}
