import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import { LineageDto, inChainOrder } from '@p2c/flow';
import { LINEAGE_SOURCE, LineageQueryDto } from './dto/lineage.query.dto';
import { LineageErrorCode, LineageException } from './lineage.exception';

/** process-time and process-billing answer this many records per call. */
const BATCH = 100;

type SourceType = 'time_entry' | 'expense';

/** The source type of the entry an ERP posting record is made from. */
const SOURCE_OF: Record<string, SourceType> = { timeBill: 'time_entry', expenseReport: 'expense' };

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) =>
    items.slice(i * BATCH, (i + 1) * BATCH),
  );

/**
 * The chain entry → posting → billing event → invoice → payment, put together from each process
 * app's part of it: process-time's entries and postings, process-billing's events, invoices and
 * payments.
 */
@Injectable()
export class ReadLineageUseCase {
  constructor(
    @InjectApiClient('process-time') private readonly time: ApiClient<'process-time'>,
    @InjectApiClient('process-billing') private readonly billing: ApiClient<'process-billing'>,
  ) {}

  execute(query: LineageQueryDto): Promise<LineageDto> {
    if (query.source && query.invoice)
      throw new LineageException(
        LineageErrorCode.VALIDATION_FAILED,
        'Give source or invoice, not both.',
      );
    return query.invoice ? this.ofInvoice(query.invoice) : this.ofSource(query.source!);
  }

  /** From the entry onwards: its postings, then what billed them. */
  private async ofSource(source: string): Promise<LineageDto> {
    const [, type, id] = LINEAGE_SOURCE.exec(source)!;
    const sourceType: SourceType = type === 'expense' ? 'expense' : 'time_entry';
    const [entry] = await this.entries(sourceType, [id]);
    if (!entry)
      throw new LineageException(
        LineageErrorCode.NOT_FOUND,
        `No approved ${type} ${id} of the PSA reached the gateway.`,
      );
    const postings = [
      ...new Set(entry.links.filter((link) => link.stage === 'posting').map((link) => link.id)),
    ];
    const billed =
      postings.length === 0
        ? undefined
        : await absentOn404(
            unwrap(this.billing.GET('/lineage', { params: { query: { posting: postings } } })),
          );
    return { links: inChainOrder([...entry.links, ...(billed?.links ?? [])]) };
  }

  /** From the invoice back to the entries it bills, and on to its payments. */
  private async ofInvoice(invoice: string): Promise<LineageDto> {
    const billed = await absentOn404(
      unwrap(this.billing.GET('/lineage', { params: { query: { billingEvent: invoice } } })),
    );
    if (!billed)
      throw new LineageException(LineageErrorCode.NOT_FOUND, `There is no invoice ${invoice}.`);
    const billedPostings = billed.links.filter((link) => link.stage === 'posting');
    const sources = (type: SourceType) => [
      ...new Set(
        billedPostings.filter((link) => SOURCE_OF[link.type] === type).flatMap((link) => link.from),
      ),
    ];
    const [time, expenses] = await Promise.all([
      this.entries('time_entry', sources('time_entry')),
      this.entries('expense', sources('expense')),
    ]);
    const upstream = [...time, ...expenses].flatMap((answer) => answer.links);
    // process-time knows each posting better (every version, the ERP's ids): its links stand
    const known = new Set(upstream.filter((l) => l.stage === 'posting').map((l) => l.id));
    const rest = billed.links.filter((link) => link.stage !== 'posting' || !known.has(link.id));
    return { links: inChainOrder([...upstream, ...rest]) };
  }

  /** process-time's part for these entries, a batch at a time (entries it never took left out). */
  private async entries(sourceType: SourceType, ids: string[]): Promise<LineageDto[]> {
    const answers = await Promise.all(
      chunks(ids).map((sourceId) =>
        absentOn404(
          unwrap(
            this.time.GET('/lineage', {
              params: { query: { sourceSystem: 'psa', sourceType, sourceId } },
            }),
          ),
        ),
      ),
    );
    return answers.filter((answer): answer is LineageDto => answer !== undefined);
  }
}
