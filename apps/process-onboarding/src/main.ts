import { runHttpApp } from '@p2c/platform';
import { ProcessOnboardingModule } from './process-onboarding.module';

runHttpApp(ProcessOnboardingModule, 'process-onboarding');
