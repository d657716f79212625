import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { CRM_ID_PATTERN } from '../crm-id-pattern';

export class CrmIdParamDto {
  @ApiProperty({ description: 'The record\u2019s id in the CRM.', example: '006NW000101' })
  @Matches(CRM_ID_PATTERN, { message: 'crmId must be a CRM record id (letters and digits)' })
  crmId: string;
}
