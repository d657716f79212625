import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import type { PartnerInvoiceDto } from './dto/partner-invoice.dto';
import { PartnerPortalException } from './partner-portal.exception';
import { partnerInvoice } from './partner-views';

/**
 * One invoice of a partner's customers. process-billing is asked with the partner, so it answers
 * another partner's invoice as it answers one that does not exist; a billing event without its
 * invoice yet is no invoice either.
 */
@Injectable()
export class GetPartnerInvoiceUseCase {
  constructor(
    @InjectApiClient('process-billing') private readonly billing: ApiClient<'process-billing'>,
  ) {}

  async execute(partner: string, id: string): Promise<PartnerInvoiceDto> {
    const event = await absentOn404(
      unwrap(
        this.billing.GET('/billing-events/{id}', {
          params: { path: { id }, query: { partner } },
        }),
      ),
    );
    if (event?.status !== 'invoiced') throw PartnerPortalException.notFound('invoice', id);
    return partnerInvoice(event);
  }
}
