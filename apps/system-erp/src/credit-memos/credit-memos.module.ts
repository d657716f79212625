import { Module } from '@nestjs/common';
import { ErpModule } from '../erp/erp.module';
import { SalesDocumentsModule } from '../sales-documents/sales-documents.module';
import { CreateCreditMemoUseCase } from './create-credit-memo.use-case';
import { CreditMemosController } from './credit-memos.controller';
import { ErpCreditMemoMapper } from './erp-credit-memo.mapper';
import { GetCreditMemoUseCase } from './get-credit-memo.use-case';

@Module({
  imports: [ErpModule, SalesDocumentsModule],
  controllers: [CreditMemosController],
  providers: [CreateCreditMemoUseCase, ErpCreditMemoMapper, GetCreditMemoUseCase],
})
export class CreditMemosModule {}
