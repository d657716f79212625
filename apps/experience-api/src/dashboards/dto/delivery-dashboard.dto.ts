import { ApiProperty } from '@nestjs/swagger';
import { DeliveryForecastDto } from './delivery-forecast.dto';
import { ProjectDeliveryDto } from './project-delivery.dto';
import { ProjectSetupDto } from './project-setup.dto';
import { WorkerUtilisationDto } from './worker-utilisation.dto';

/**
 * Delivery leaders' dashboard: process-onboarding's set-ups and budgets beside process-time's
 * posted actuals and utilisation and process-forecast's projections, read side by side at `asOf`.
 */
export class DeliveryDashboardDto {
  @ApiProperty({
    description: 'When the process APIs were read.',
    example: '2026-12-03T09:15:00.000Z',
  })
  asOf: string;

  @ApiProperty({ description: 'The utilisation month (YYYY-MM).', example: '2026-11' })
  period: string;

  @ApiProperty({ description: 'Project set-up status.', type: ProjectSetupDto })
  setup: ProjectSetupDto;

  @ApiProperty({
    description:
      'Every project with a budget, posted work or a forecast: hours and cost vs budget, margin, forecast.',
    type: [ProjectDeliveryDto],
  })
  projects: ProjectDeliveryDto[];

  @ApiProperty({ description: 'Weekdays in the period.', example: 21 })
  weekdays: number;

  @ApiProperty({ description: 'Each worker’s capacity: 8 h per weekday.', example: '168.00' })
  capacityHours: string;

  @ApiProperty({
    description: 'Workers with posted time in the period, by worker id.',
    type: [WorkerUtilisationDto],
  })
  utilisation: WorkerUtilisationDto[];

  @ApiProperty({
    description:
      'The forecast’s week (the world’s date’s ISO week): margins at risk, planned utilisation and the bench.',
    type: DeliveryForecastDto,
  })
  forecast: DeliveryForecastDto;
}
