import { Controller, Delete, Get, HttpCode } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VendorPipeline } from '../pipeline/vendor-pipeline';
import { VENDORS } from '../scenario/scenario.types';
import { VendorUsageDto } from './vendor-usage.dto';

@ApiTags('sandbox: faults')
@Controller('__sandbox/usage')
export class UsageController {
  constructor(private readonly pipeline: VendorPipeline) {}

  @Get()
  @ApiOperation({
    summary: 'What each vendor was asked to carry',
    description:
      'Per vendor: requests in flight, the peak asked for at once, requests admitted and 429s answered, since the sandbox started or the usage was last cleared. A world reset leaves it as it is.',
  })
  @ApiOkResponse({ type: VendorUsageDto, isArray: true })
  list(): VendorUsageDto[] {
    return VENDORS.map((system) => ({ system, ...this.pipeline.usage(system) }));
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Start counting every vendor\u2019s usage afresh' })
  @ApiNoContentResponse({ description: 'counts cleared; peaks start from the requests in flight' })
  clear(): void {
    this.pipeline.clearUsage();
  }
}
