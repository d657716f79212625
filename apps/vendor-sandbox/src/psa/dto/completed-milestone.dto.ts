import { ApiProperty } from '@nestjs/swagger';

export class CompletedMilestoneDto {
  @ApiProperty({ description: 'PSA story id of the milestone', example: '17000001' })
  id: string;

  @ApiProperty({ description: 'Its workspace', example: '16000001' })
  workspaceId: string;

  @ApiProperty({
    description: 'false: it was already completed, so no event was sent again',
    example: true,
  })
  completedNow: boolean;
}
