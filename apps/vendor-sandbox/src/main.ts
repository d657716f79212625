import { runHttpApp } from '@p2c/platform';
import { VendorSandboxModule } from './vendor-sandbox.module';

runHttpApp(VendorSandboxModule, 'vendor-sandbox');
