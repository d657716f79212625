import { ChangeOrderDto } from './change-order.dto';
import { ChangesPageDto } from './changes-page.dto';
import { ContractDto } from './contract.dto';
import { CustomerAccountDto } from './customer-account.dto';
import { OpportunityDto } from './opportunity.dto';

export class OpportunityChangesDto extends ChangesPageDto(OpportunityDto) {}
export class CustomerAccountChangesDto extends ChangesPageDto(CustomerAccountDto) {}
export class ContractChangesDto extends ChangesPageDto(ContractDto) {}
export class ChangeOrderChangesDto extends ChangesPageDto(ChangeOrderDto) {}
