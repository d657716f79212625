import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthenticatedPrincipal, CurrentPrincipal, Role, Roles } from '@p2c/security';
import { InvoiceIdParamsDto } from './dto/invoice-id.params.dto';
import { PartnerInvoicePageDto } from './dto/partner-invoice-page.dto';
import { PartnerInvoiceDto } from './dto/partner-invoice.dto';
import { PartnerPageQueryDto } from './dto/partner-page.query.dto';
import { PartnerProjectPageDto } from './dto/partner-project-page.dto';
import { PartnerProjectDto } from './dto/partner-project.dto';
import { PartnerScopeQueryDto } from './dto/partner-scope.query.dto';
import { PartnerTimeEntryDto } from './dto/partner-time-entry.dto';
import { PartnerTimeStatusPageDto } from './dto/partner-time-status-page.dto';
import { ProjectIdParamsDto } from './dto/project-id.params.dto';
import { TimeEntryIdParamsDto } from './dto/time-entry-id.params.dto';
import { GetPartnerInvoiceUseCase } from './get-partner-invoice.use-case';
import { GetPartnerProjectUseCase } from './get-partner-project.use-case';
import { GetPartnerTimeEntryUseCase } from './get-partner-time-entry.use-case';
import { ListPartnerInvoicesUseCase } from './list-partner-invoices.use-case';
import { ListPartnerProjectsUseCase } from './list-partner-projects.use-case';
import { partnerScope } from './partner-scope';
import { ReadPartnerTimeStatusUseCase } from './read-partner-time-status.use-case';
import { Throttled } from '../throttling/throttled.decorator';

const NOT_YOURS =
  'problem+json NOT_FOUND: no such record among the partner’s customers’ (another partner’s answers the same)';

@ApiTags('partner')
@ApiBearerAuth()
@Roles(Role.Partner, Role.Admin)
@Controller('partner')
@ApiBadRequestResponse({
  description: 'problem+json VALIDATION_FAILED: malformed request, or an admin named no partner',
})
@ApiUnauthorizedResponse({ description: 'problem+json UNAUTHENTICATED: no valid token' })
@ApiForbiddenResponse({
  description: 'problem+json FORBIDDEN: not a partner or admin token, or a partner naming another',
})
@Throttled()
export class PartnerController {
  constructor(
    private readonly listProjects: ListPartnerProjectsUseCase,
    private readonly getProject: GetPartnerProjectUseCase,
    private readonly listInvoices: ListPartnerInvoicesUseCase,
    private readonly getInvoice: GetPartnerInvoiceUseCase,
    private readonly readTimeStatus: ReadPartnerTimeStatusUseCase,
    private readonly getTimeEntry: GetPartnerTimeEntryUseCase,
  ) {}

  @Get('projects')
  @ApiOperation({ operationId: 'listPartnerProjects', summary: 'Your customers’ projects' })
  @ApiOkResponse({ type: PartnerProjectPageDto })
  projects(
    @Query() query: PartnerPageQueryDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
  ): Promise<PartnerProjectPageDto> {
    return this.listProjects.execute(partnerScope(principal, query.partner), query);
  }

  @Get('projects/:id')
  @ApiOperation({ operationId: 'getPartnerProject', summary: 'One of your customers’ projects' })
  @ApiOkResponse({ type: PartnerProjectDto })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  project(
    @Param() params: ProjectIdParamsDto,
    @Query() query: PartnerScopeQueryDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
  ): Promise<PartnerProjectDto> {
    return this.getProject.execute(partnerScope(principal, query.partner), params.id);
  }

  @Get('invoices')
  @ApiOperation({
    operationId: 'listPartnerInvoices',
    summary: 'Your customers’ invoices and where their payments stand',
  })
  @ApiOkResponse({ type: PartnerInvoicePageDto })
  invoices(
    @Query() query: PartnerPageQueryDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
  ): Promise<PartnerInvoicePageDto> {
    return this.listInvoices.execute(partnerScope(principal, query.partner), query);
  }

  @Get('invoices/:id')
  @ApiOperation({ operationId: 'getPartnerInvoice', summary: 'One of your customers’ invoices' })
  @ApiOkResponse({ type: PartnerInvoiceDto })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  invoice(
    @Param() params: InvoiceIdParamsDto,
    @Query() query: PartnerScopeQueryDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
  ): Promise<PartnerInvoiceDto> {
    return this.getInvoice.execute(partnerScope(principal, query.partner), params.id);
  }

  @Get('time-status')
  @ApiOperation({
    operationId: 'listPartnerTimeStatus',
    summary: 'Per project of your customers: approved time pending, posted and blocked',
  })
  @ApiOkResponse({ type: PartnerTimeStatusPageDto })
  timeStatus(
    @Query() query: PartnerPageQueryDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
  ): Promise<PartnerTimeStatusPageDto> {
    return this.readTimeStatus.execute(partnerScope(principal, query.partner), query);
  }

  @Get('time-status/:timeEntryId')
  @ApiOperation({
    operationId: 'getPartnerTimeEntryStatus',
    summary: 'Where one approved PSA time entry on your customers’ projects stands',
  })
  @ApiOkResponse({ type: PartnerTimeEntryDto })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  timeEntry(
    @Param() params: TimeEntryIdParamsDto,
    @Query() query: PartnerScopeQueryDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
  ): Promise<PartnerTimeEntryDto> {
    return this.getTimeEntry.execute(partnerScope(principal, query.partner), params.timeEntryId);
  }
}
