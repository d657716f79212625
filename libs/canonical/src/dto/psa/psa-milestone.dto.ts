import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString } from 'class-validator';
import { PsaMilestoneInputDto } from './psa-milestone-input.dto';

/** A milestone as the PSA holds it (a story of type milestone), with whether it is completed. */
export class PsaMilestoneDto extends PsaMilestoneInputDto {
  @ApiProperty({
    description: 'Canonical id of the project it belongs to.',
    example: 'PRJ-006NW000102',
  })
  @IsString()
  project: string;

  @ApiProperty({ description: 'Whether delivery has marked it completed.', example: false })
  @IsBoolean()
  completed: boolean;
}
