import { Module } from '@nestjs/common';
import { GatewayModule } from '@p2c/platform';

@Module({ imports: [GatewayModule.forRoot({ app: 'experience-api' })] })
export class ExperienceApiModule {}
