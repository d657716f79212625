import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProcessForecastApi } from '@p2c/clients';
import { ProjectForecastDto } from './project-forecast.dto';

export class ProjectForecastPageDto implements ProcessForecastApi.SchemaProjectForecastPageDto {
  @ApiProperty({
    description: 'Newest version of each project, oldest project first.',
    type: [ProjectForecastDto],
  })
  items: ProjectForecastDto[];

  @ApiPropertyOptional({ description: 'Pass as `cursor` for the next page; absent on the last.' })
  nextCursor?: string;
}
