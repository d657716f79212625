import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FaultsDto } from './faults.dto';
import { FaultsService } from './faults.service';

@ApiTags('sandbox: faults')
@Controller('__sandbox/faults')
export class FaultsController {
  constructor(private readonly faults: FaultsService) {}

  @Put()
  @ApiOperation({
    summary: 'Set one vendor\u2019s latency, error rate, timeout rate and limits',
    description:
      'Replaces the vendor\u2019s behaviour as a whole: a field left out is switched off. Applies from the next request; a reset restores the scenario\u2019s `vendors` block.',
  })
  @ApiOkResponse({ type: FaultsDto, description: 'the vendor\u2019s behaviour now' })
  @ApiBadRequestResponse({
    description:
      'problem+json VALIDATION_FAILED (an unknown vendor, a field out of range or unknown) or INVALID_REQUEST (errorRate and timeoutRate together above 1)',
  })
  replace(@Body() settings: FaultsDto): FaultsDto {
    return this.faults.replace(settings);
  }

  @Get()
  @ApiOperation({ summary: 'Every vendor\u2019s current behaviour' })
  @ApiOkResponse({ type: FaultsDto, isArray: true })
  list(): FaultsDto[] {
    return this.faults.list();
  }
}
