import { ApiProperty } from '@nestjs/swagger';
import { ProjectActualsDto } from './project-actuals.dto';

/** Every project with posted work. */
export class ProjectActualsListDto {
  @ApiProperty({
    description: 'By project and currency, in project order.',
    type: [ProjectActualsDto],
  })
  items: ProjectActualsDto[];
}
