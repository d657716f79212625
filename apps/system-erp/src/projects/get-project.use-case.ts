import { Injectable } from '@nestjs/common';
import { ErpProjectDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { ErpProjectMapper } from './erp-project.mapper';

/** The ERP job of a canonical project, read fresh (its status decides whether time is posted). */
@Injectable()
export class GetProjectUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly mapper: ErpProjectMapper,
  ) {}

  async execute(id: string): Promise<ErpProjectDto> {
    return this.mapper.toProject(id, await this.erp.get('job', { externalId: id }));
  }
}
