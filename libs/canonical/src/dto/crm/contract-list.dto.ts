import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { ContractDto } from './contract.dto';

/** Every contract of a deal, the earliest start first. */
export class ContractListDto {
  @ApiProperty({ description: 'The contracts.', type: [ContractDto], maxItems: 2000 })
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => ContractDto)
  items: ContractDto[];
}
