import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** How one kind of posting is kept in the ERP, for its documentation. */
export interface ErpPostingRecordKind {
  /** the ERP record type, e.g. `timeBill` */
  record: string;
  /** what it holds, e.g. `time` or `an expense` */
  holds: string;
  idExample: string;
  erpIdExample: string;
}

/**
 * What every posting in the ERP's project accounting has first: its ids and the project and
 * worker it is booked to. A base class per kind of posting, documented with that kind's words.
 */
export function ErpPostingRecordDto(kind: ErpPostingRecordKind) {
  abstract class ErpPostingRecord {
    @ApiPropertyOptional({
      description: `Posting id (the ${kind.record}’s external id); absent for ${kind.holds} keyed into the ERP by hand.`,
      example: kind.idExample,
    })
    @IsOptional()
    @IsString()
    id?: string;

    @ApiProperty({
      description: `The ERP’s internal id of the ${kind.record}.`,
      example: kind.erpIdExample,
    })
    @IsString()
    erpId: string;

    @ApiPropertyOptional({ description: 'Canonical project id.', example: 'P-006NW000101' })
    @IsOptional()
    @IsString()
    project?: string;

    @ApiPropertyOptional({ description: 'Canonical worker id.', example: 'E1001' })
    @IsOptional()
    @IsString()
    worker?: string;
  }
  return ErpPostingRecord;
}
