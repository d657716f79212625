import { CursorPageQuery } from '@p2c/canonical';

export class ListVersionsQueryDto extends CursorPageQuery({ defaultLimit: 50, maxLimit: 200 }) {}
