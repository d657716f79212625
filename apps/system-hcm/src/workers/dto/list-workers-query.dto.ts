import { CursorPageQuery } from '@p2c/canonical';

export class ListWorkersQueryDto extends CursorPageQuery({ defaultLimit: 50, maxLimit: 100 }) {}
