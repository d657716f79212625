import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Approval } from './approval.decorator';
import { ApproveRecordsUseCase } from './approve-records.use-case';
import { ChangeStaffingUseCase } from './change-staffing.use-case';
import { CompleteMilestoneUseCase } from './complete-milestone.use-case';
import { CorrectTimeEntryUseCase } from './correct-time-entry.use-case';
import { ApprovalSelectionDto } from './dto/approval-selection.dto';
import { ApprovedDto } from './dto/approved.dto';
import { CompletedMilestoneDto } from './dto/completed-milestone.dto';
import { CorrectTimeEntryDto } from './dto/correct-time-entry.dto';
import { GenerateTimeEntriesDto } from './dto/generate-time-entries.dto';
import { GeneratedTimeEntriesDto } from './dto/generated-time-entries.dto';
import { RecordTimeEntriesDto } from './dto/record-time-entries.dto';
import { RecordedTimeEntriesDto } from './dto/recorded-time-entries.dto';
import { StaffingChangeDto } from './dto/staffing-change.dto';
import { StaffingChangedDto } from './dto/staffing-changed.dto';
import { TimeEntryStateDto } from './dto/time-entry-state.dto';
import { GenerateTimeEntriesUseCase } from './generate-time-entries.use-case';
import { RecordTimeEntriesUseCase } from './record-time-entries.use-case';
import { RejectTimeEntryUseCase } from './reject-time-entry.use-case';

/**
 * Driving the PSA as its users would: logging, approving and correcting time, completing
 * milestones, restaffing projects.
 */
@ApiTags('sandbox: PSA')
@Controller('__sandbox/psa')
export class PsaAdminController {
  constructor(
    private readonly recordTime: RecordTimeEntriesUseCase,
    private readonly generateTime: GenerateTimeEntriesUseCase,
    private readonly approveRecords: ApproveRecordsUseCase,
    private readonly correctTime: CorrectTimeEntryUseCase,
    private readonly rejectTime: RejectTimeEntryUseCase,
    private readonly completeMilestone: CompleteMilestoneUseCase,
    private readonly changeStaffing: ChangeStaffingUseCase,
  ) {}

  @Post('time-entries')
  @HttpCode(201)
  @ApiOperation({ summary: 'Log time by CRM opportunity and HCM worker; returns the PSA ids' })
  @ApiCreatedResponse({ type: RecordedTimeEntriesDto })
  @ApiBadRequestResponse({
    description: 'problem+json VALIDATION_FAILED: an entry misses a field or has one out of range',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json UNRESOLVED_TIME_ENTRIES: an opportunity, worker or date the PSA cannot place; `errors` names each, nothing is logged',
  })
  record(@Body() request: RecordTimeEntriesDto): RecordedTimeEntriesDto {
    return { ids: this.recordTime.execute(request) };
  }

  @Post('time-entries/generate')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Log every workday of a period for every participation (of one workspace or all)',
  })
  @ApiCreatedResponse({ type: GeneratedTimeEntriesDto })
  @ApiBadRequestResponse({
    description: 'problem+json VALIDATION_FAILED: a field missing or out of range',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json INVALID_PERIOD, TOO_MANY_ENTRIES or OPPORTUNITY_NOT_FOUND (no workspace of that opportunity)',
  })
  @ApiConflictResponse({
    description: 'problem+json AMBIGUOUS_OPPORTUNITY: several workspaces of that opportunity',
  })
  generate(@Body() request: GenerateTimeEntriesDto): GeneratedTimeEntriesDto {
    return this.generateTime.execute(request);
  }

  @Post('time-entries/approve')
  @Approval('Approve time entries: one event and one signed webhook per entry')
  approveTime(@Body() selection: ApprovalSelectionDto): ApprovedDto {
    return { approved: this.approveRecords.execute('time_entries', selection) };
  }

  @Patch('time-entries/:id')
  @ApiOperation({
    summary: 'Correct a time entry, even an approved one (a new version, time_entry:updated)',
  })
  @ApiOkResponse({ type: TimeEntryStateDto })
  @ApiBadRequestResponse({
    description: 'problem+json VALIDATION_FAILED or INVALID_SELECTION: nothing to correct',
  })
  @ApiNotFoundResponse({ description: 'problem+json TIME_ENTRY_NOT_FOUND' })
  correct(@Param('id') id: string, @Body() correction: CorrectTimeEntryDto): TimeEntryStateDto {
    return this.correctTime.execute(id, correction);
  }

  @Post('time-entries/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject approved time (a new version, time_entry:unapproved)' })
  @ApiOkResponse({ type: TimeEntryStateDto })
  @ApiNotFoundResponse({ description: 'problem+json TIME_ENTRY_NOT_FOUND' })
  @ApiConflictResponse({ description: 'problem+json NOT_APPROVED: only approved time is rejected' })
  reject(@Param('id') id: string): TimeEntryStateDto {
    return this.rejectTime.execute(id);
  }

  @Post('expenses/approve')
  @Approval('Approve expenses: one expense:approved event per expense')
  approveExpenses(@Body() selection: ApprovalSelectionDto): ApprovedDto {
    return { approved: this.approveRecords.execute('expenses', selection) };
  }

  @Post('milestones/:id/complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Complete a milestone (PSA story id or scenario milestone id)' })
  @ApiOkResponse({ type: CompletedMilestoneDto })
  @ApiNotFoundResponse({ description: 'problem+json MILESTONE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'problem+json NOT_A_MILESTONE: the story is no milestone' })
  complete(@Param('id') id: string): CompletedMilestoneDto {
    return this.completeMilestone.execute(id);
  }

  @Post('staffing-changes')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Restaff a project as a resource manager would: take workers off, staff others (filling its open roles)',
  })
  @ApiOkResponse({ type: StaffingChangedDto })
  @ApiBadRequestResponse({
    description: 'problem+json VALIDATION_FAILED: a field missing or out of range',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json UNRESOLVED_STAFFING_CHANGE: a worker, role or opportunity the PSA cannot place',
  })
  restaff(@Body() change: StaffingChangeDto): StaffingChangedDto {
    return this.changeStaffing.execute(change);
  }
}
