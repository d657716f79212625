import { CursorPageQuery } from '../cursor-page.query.dto';

/** Canonical paging of the ERP's lists: 100 items a page unless asked for up to 1000. */
export class ErpPageQueryDto extends CursorPageQuery({ defaultLimit: 100, maxLimit: 1000 }) {}
