import { ApiProperty } from '@nestjs/swagger';
import { ProjectBudgetDto } from './project-budget.dto';

/** The budget of every onboarded deal whose terms were validated. */
export class ProjectBudgetListDto {
  @ApiProperty({ description: 'By project id.', type: [ProjectBudgetDto] })
  items: ProjectBudgetDto[];
}
