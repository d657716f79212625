import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class CrmIdParamDto {
  @ApiProperty({ description: 'The record\u2019s id in the CRM.', example: '006NW000101' })
  @Matches(/^[A-Za-z0-9]{1,18}$/, { message: 'crmId must be a CRM record id (letters and digits)' })
  crmId: string;
}
