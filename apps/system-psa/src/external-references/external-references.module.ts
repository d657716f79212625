import { Module } from '@nestjs/common';
import { PsaModule } from '../psa/psa.module';
import { ExternalReferencesController } from './external-references.controller';
import { ExternalReferencesUseCase } from './external-references.use-case';

@Module({
  imports: [PsaModule],
  controllers: [ExternalReferencesController],
  providers: [ExternalReferencesUseCase],
})
export class ExternalReferencesModule {}
