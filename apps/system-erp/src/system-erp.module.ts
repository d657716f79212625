import { Module } from '@nestjs/common';
import { GatewayModule } from '@p2c/platform';

@Module({ imports: [GatewayModule.forRoot({ app: 'system-erp' })] })
export class SystemErpModule {}
