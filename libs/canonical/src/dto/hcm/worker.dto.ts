import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsOptional, IsString, ValidateNested } from 'class-validator';
import { CostRateDto } from './cost-rate.dto';
import { OptionalCostCenterCode } from '../optional-cost-center-code.decorator';

/**
 * A worker as the HCM knows them, with every effective-dated cost rate. Role, legal entity and
 * cost centre come from the HCM's cost-rate report; a worker the report has no row for has none.
 */
export class WorkerDto {
  @ApiProperty({ description: 'The HCM employee id (the canonical worker id).', example: 'E1001' })
  @IsString()
  id: string;

  @ApiProperty({ description: 'Full name.', example: 'Ava Okafor' })
  @IsString()
  name: string;

  @ApiPropertyOptional({ description: 'Role code, as rate cards use it.', example: 'PARTNER' })
  @IsOptional()
  @IsString()
  role?: string;

  @ApiPropertyOptional({ description: 'Legal entity (company) code.', example: 'NWA-US' })
  @IsOptional()
  @IsString()
  legalEntity?: string;

  @OptionalCostCenterCode()
  costCenter?: string;

  @ApiProperty({
    description: 'False once the worker has left: time of an inactive worker is not posted.',
    example: true,
  })
  @IsBoolean()
  active: boolean;

  @ApiProperty({
    description: 'Every cost rate of the worker, oldest first.',
    type: [CostRateDto],
    maxItems: 500,
  })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CostRateDto)
  costRates: CostRateDto[];
}
