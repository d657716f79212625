import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ExceptionCaseDto } from '@p2c/flow';
import { WORKBENCH_APPS, WorkbenchApp } from '../workbench-apps';

/** A case as the workbench shows it across the process apps: the app and flow it belongs to. */
export class WorkbenchExceptionDto extends ExceptionCaseDto {
  @ApiProperty({
    description: 'The process app that holds it.',
    enum: WORKBENCH_APPS,
    example: 'process-time',
  })
  app: WorkbenchApp;

  @ApiPropertyOptional({
    description: 'The posting it stopped (time-posting cases).',
    example: 'psa-time-31000017',
  })
  posting?: string;
}
