import { runHttpApp } from '@p2c/platform';
import { SystemErpModule } from './system-erp.module';

runHttpApp(SystemErpModule, 'system-erp');
