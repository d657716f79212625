import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErpEmployeeDto } from '@p2c/canonical';
import { ErpApi } from '../erp/erp-api-responses.decorator';
import { ApiFreshRead, FreshRead } from '../erp/fresh-read.decorator';
import { WorkerParamsDto } from './dto/worker-params.dto';
import { GetEmployeeUseCase } from './get-employee.use-case';

@ApiTags('employees')
@ErpApi()
@Controller('employees')
export class EmployeesController {
  constructor(private readonly getEmployee: GetEmployeeUseCase) {}

  @Get(':worker')
  @ApiOperation({
    summary: 'The ERP employee time of an HCM worker is posted against',
    description:
      'The employee record whose external id is the worker id; failing that, one whose entity id is.',
  })
  @ApiOkResponse({ type: ErpEmployeeDto })
  @ApiFreshRead()
  get(@Param() params: WorkerParamsDto, @FreshRead() fresh: boolean): Promise<ErpEmployeeDto> {
    return this.getEmployee.execute(params.worker, fresh);
  }
}
