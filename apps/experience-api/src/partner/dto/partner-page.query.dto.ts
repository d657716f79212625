import { IntersectionType } from '@nestjs/swagger';
import { CursorPageQuery } from '@p2c/canonical';
import { PartnerScopeQueryDto } from './partner-scope.query.dto';

export class PartnerPageQueryDto extends IntersectionType(
  CursorPageQuery({ defaultLimit: 50, maxLimit: 200 }),
  PartnerScopeQueryDto,
) {}
