import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Money, PsaMilestoneCompletionDto } from '@p2c/canonical';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import { BillingScheduleLine } from '@p2c/persistence';
import { ProjectTermsReader } from '../planning/project-terms';

const SCHEDULED_MODELS = ['FIXED_FEE', 'MILESTONE', 'RETAINER'] as const;
type ScheduledModel = (typeof SCHEDULED_MODELS)[number];

const isScheduled = (model: string | undefined): model is ScheduledModel =>
  (SCHEDULED_MODELS as readonly (string | undefined)[]).includes(model);

/**
 * The fee, retainer and milestone schedules billing runs bill from, kept from what the PSA holds
 * of each project's milestones (the lines onboarding set up from the deal) and the ERP's contract
 * terms (billing model, currency, legal entity). A line an item bills is never changed again.
 */
@Injectable()
export class BillingSchedules {
  private readonly logger = new Logger(BillingSchedules.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly terms: ProjectTermsReader,
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
  ) {}

  /**
   * Reads the project's terms and milestones and records its schedule lines: new ones added,
   * unbilled ones brought up to date (a change order may move a date or an amount). A
   * time-and-materials project has none. Answers how many lines it holds.
   */
  async sync(project: string): Promise<number> {
    const terms = await this.terms.of(project);
    if (!isScheduled(terms.billingModel)) return 0;
    const milestones = await unwrap(
      this.psa.GET('/projects/{id}/milestones', { params: { path: { id: project } } }),
    );
    // a fee, retainer or milestone contract bills only from its schedule: none yet is retried
    if (milestones.length === 0)
      throw new Error(`the PSA holds no schedule of ${terms.billingModel} project ${project} yet`);
    const model = terms.billingModel;
    await this.dataSource.transaction(async (manager) => {
      for (const milestone of milestones) {
        const amount = Money.fromJson(milestone.amount);
        await manager.query(
          `INSERT INTO billing_schedule_lines
             (project, legal_entity, billing_model, milestone, name, amount_minor, currency,
              due_date, completed_on)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (project, milestone) DO UPDATE
             SET name = EXCLUDED.name, amount_minor = EXCLUDED.amount_minor,
                 currency = EXCLUDED.currency, due_date = EXCLUDED.due_date,
                 completed_on = COALESCE(billing_schedule_lines.completed_on, EXCLUDED.completed_on),
                 updated_at = now()
             WHERE NOT EXISTS (SELECT 1 FROM billing_event_items
                                WHERE schedule_line_id = billing_schedule_lines.id)`,
          [
            project,
            terms.legalEntity,
            model,
            milestone.id,
            milestone.name,
            amount.toMinorNumber(),
            amount.currency,
            milestone.dueDate,
            // the PSA's list says whether, not when: a missed completion counts from today
            model === 'MILESTONE' && milestone.completed ? today() : null,
          ],
        );
      }
    });
    this.logger.log(`project ${project}: ${milestones.length} ${model} schedule lines`);
    return milestones.length;
  }

  /**
   * Records that the PSA reported a milestone completed; a project whose schedule is not known
   * yet is read first. Answers whether a line changed.
   */
  async complete(completion: PsaMilestoneCompletionDto): Promise<boolean> {
    const known = await this.dataSource
      .getRepository(BillingScheduleLine)
      .existsBy({ project: completion.project, milestone: completion.id });
    if (!known) await this.sync(completion.project);
    const result = await this.dataSource
      .getRepository(BillingScheduleLine)
      .createQueryBuilder()
      .update()
      .set({ completedOn: completion.completedOn })
      .where('project = :project AND milestone = :milestone AND billing_model = :model', {
        project: completion.project,
        milestone: completion.id,
        model: 'MILESTONE',
      })
      .andWhere('(completed_on IS NULL OR completed_on > :completedOn)', {
        completedOn: completion.completedOn,
      })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
