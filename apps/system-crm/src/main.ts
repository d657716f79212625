import { runHttpApp } from '@p2c/platform';
import { SystemCrmModule } from './system-crm.module';

runHttpApp(SystemCrmModule, 'system-crm');
