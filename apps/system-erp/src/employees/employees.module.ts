import { Module } from '@nestjs/common';
import { ErpModule } from '../erp/erp.module';
import { EmployeesController } from './employees.controller';
import { GetEmployeeUseCase } from './get-employee.use-case';

@Module({
  imports: [ErpModule],
  controllers: [EmployeesController],
  providers: [GetEmployeeUseCase],
})
export class EmployeesModule {}
