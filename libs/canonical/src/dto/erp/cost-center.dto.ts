import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString } from 'class-validator';

/** A cost centre: the ERP department whose external id is the cost centre's code. */
export class CostCenterDto {
  @ApiProperty({ description: 'Cost centre code.', example: 'US-STRAT' })
  @IsString()
  code: string;

  @ApiProperty({ description: 'Name.', example: 'Strategy US' })
  @IsString()
  name: string;

  @ApiPropertyOptional({
    description: 'Legal entity the cost centre belongs to; absent when it serves every entity.',
    example: 'NWA-US',
  })
  @IsOptional()
  @IsString()
  legalEntity?: string;

  @ApiProperty({ description: 'False when the ERP marks the department inactive.', example: true })
  @IsBoolean()
  active: boolean;
}
