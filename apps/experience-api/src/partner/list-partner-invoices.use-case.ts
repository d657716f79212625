import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import type { PartnerInvoicePageDto } from './dto/partner-invoice-page.dto';
import { partnerInvoice } from './partner-views';

/** The invoices the ERP holds for a partner's customers, newest first (billing's own paging). */
@Injectable()
export class ListPartnerInvoicesUseCase {
  constructor(
    @InjectApiClient('process-billing') private readonly billing: ApiClient<'process-billing'>,
  ) {}

  async execute(
    partner: string,
    query: { limit: number; cursor?: string },
  ): Promise<PartnerInvoicePageDto> {
    const page = await unwrap(
      this.billing.GET('/billing-events', {
        params: {
          query: { partner, status: 'invoiced', limit: query.limit, cursor: query.cursor },
        },
      }),
    );
    return { items: page.items.map(partnerInvoice), nextCursor: page.nextCursor };
  }
}
