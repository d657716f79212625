import { Injectable } from '@nestjs/common';
import { CreatePsaProjectDto, Money, PsaProjectDto } from '@p2c/canonical';
import { CreateOnce } from '../psa/create-once';
import { KeyedLock } from '../psa/keyed-lock';
import { PsaApi } from '../psa/psa-api';
import { PsaDirectory } from '../psa/psa-directory';
import { PsaExternalReferences } from '../psa/psa-external-references';
import { PsaEntity, PsaLinks } from '../psa/psa-links';
import type { PsaExternalReference, PsaWorkspace } from '../psa/psa-records';
import { PsaSettings } from '../psa/psa-settings';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';
import { MilestoneSync, assertMilestoneCurrency } from './milestone-sync';
import { ProjectReader } from './project-reader';
import { PROJECT_MODEL, ProjectWorkspaces } from './project-workspaces';
import { Staffing } from './staffing';

const OPPORTUNITY_MODEL = 'Opportunity';

/**
 * Sets a project up in the PSA: workspace (with rate card), references to the canonical project
 * and the CRM opportunity, milestones, participations and roles held open. Everything is checked before the first
 * write, and every record is looked for before it is made, so a retry — even of a create whose
 * answer was lost — completes the same project instead of making a twin.
 */
@Injectable()
export class CreateProjectUseCase {
  constructor(
    private readonly api: PsaApi,
    private readonly directory: PsaDirectory,
    private readonly workspaces: ProjectWorkspaces,
    private readonly links: PsaLinks,
    private readonly references: PsaExternalReferences,
    private readonly milestones: MilestoneSync,
    private readonly staffing: Staffing,
    private readonly reader: ProjectReader,
    private readonly createOnce: CreateOnce,
    private readonly settings: PsaSettings,
    private readonly lock: KeyedLock,
  ) {}

  execute(project: CreatePsaProjectDto): Promise<PsaProjectDto> {
    return this.lock.run(`project:${project.id}`, () => this.setUp(project));
  }

  private async setUp(project: CreatePsaProjectDto): Promise<PsaProjectDto> {
    const currency = project.budget.currency;
    assertMilestoneCurrency(project.milestones, currency);
    const rateCardId = await this.rateCardId(project.rateCard);
    const staffing = await this.staffing.resolve(project.assignments, project.openAssignments);
    const { record: workspace } = await this.createOnce.run(
      () => this.workspaces.find(project),
      () =>
        this.api.create<PsaWorkspace>('workspaces', 'workspace', {
          title: project.name,
          currency,
          price_in_cents: Money.fromJson(project.budget).toMinorNumber(),
          rate_card_id: rateCardId ?? null,
          status: 'in_planning',
          external_reference: project.opportunity,
          start_date: project.startDate,
          due_date: project.endDate,
        }),
    );
    const plan = await this.milestones.plan(workspace, project.milestones, 'create');
    await this.links.link(PsaEntity.Project, project.id, workspace.id);
    const held = await this.references.ofSubject('Workspace', workspace.id);
    await this.reference(
      held,
      workspace,
      this.settings.gatewayServiceName,
      PROJECT_MODEL,
      project.id,
    );
    await this.reference(
      held,
      workspace,
      this.settings.crmServiceName,
      OPPORTUNITY_MODEL,
      project.opportunity,
    );
    await this.milestones.apply(plan, project.milestones);
    await this.staffing.apply(workspace, staffing);
    return this.reader.read(project.id, workspace.id);
  }

  private async rateCardId(code: string | undefined): Promise<string | undefined> {
    if (code === undefined) return undefined;
    const rateCard = await this.directory.rateCard(code);
    if (!rateCard)
      throw new SystemPsaException(
        SystemPsaErrorCode.UNKNOWN_RATE_CARD,
        `The PSA has no rate card ${code}.`,
      );
    return rateCard.card.id;
  }

  /** A reference of the workspace's, made when `held` (its references, just read) lacks it. */
  private async reference(
    held: PsaExternalReference[],
    workspace: PsaWorkspace,
    service: string,
    model: string,
    ref: string,
  ): Promise<void> {
    const key = {
      subject_type: 'Workspace' as const,
      subject_id: workspace.id,
      service_name: service,
      service_model: model,
      service_model_ref: ref,
    };
    const present = held.some(
      (reference) =>
        reference.service_name === service &&
        reference.service_model === model &&
        reference.service_model_ref === ref,
    );
    if (!present) await this.references.ensure(key, { knownAbsent: true });
  }
}
