import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import {
  LinkPsaExternalReferenceDto,
  PsaExternalReferenceDto,
  PsaExternalReferenceListDto,
} from '@p2c/canonical';
import { ServiceApi } from '@p2c/security';
import { ExternalReferencesQueryDto } from './dto/external-references.query.dto';
import { ExternalReferencesUseCase } from './external-references.use-case';

@ServiceApi('external references')
@Controller('external-references')
export class ExternalReferencesController {
  constructor(private readonly references: ExternalReferencesUseCase) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record a link from a PSA record to another system’s record (idempotent)',
    description:
      'Finds the link first and makes it only when the PSA does not hold it; a given status is brought up to date.',
  })
  @ApiOkResponse({ type: PsaExternalReferenceDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: the subject has no record in the PSA' })
  link(@Body() request: LinkPsaExternalReferenceDto): Promise<PsaExternalReferenceDto> {
    return this.references.link(request);
  }

  @Get()
  @ApiOperation({
    summary: 'Links of a PSA record, or the PSA records linked to another system’s record',
  })
  @ApiOkResponse({ type: PsaExternalReferenceListDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: neither a subject nor a service ref' })
  find(@Query() query: ExternalReferencesQueryDto): Promise<PsaExternalReferenceListDto> {
    return this.references.find(query);
  }
}
