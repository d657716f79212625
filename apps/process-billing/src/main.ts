import { runHttpApp } from '@p2c/platform';
import { ProcessBillingModule } from './process-billing.module';

runHttpApp(ProcessBillingModule, 'process-billing');
