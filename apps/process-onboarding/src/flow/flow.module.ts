import { Module } from '@nestjs/common';
import { ExceptionCasesModule } from '@p2c/flow';
import { OutboxModule } from '@p2c/messaging';
import { KpisModule } from '../kpis/kpis.module';
import { ChangeOrderIntake } from './change-order-intake';
import { ExceptionRecorder } from './exception-recorder';
import { FlowSettings } from './flow-settings';
import { FlowWorkers } from './flow-workers';
import { OnboardingFlow } from './onboarding-flow';
import { OnboardingLauncher } from './onboarding-launcher';
import { RecoverySweep } from './recovery-sweep';
import { RunStepJob } from './run-step.job';
import { STEP_HANDLERS, StepHandler } from './step-handler';
import { StepStore } from './step-store';
import { ActivateProjectsStep } from './steps/activate-projects.step';
import { ApplyChangeOrderStep } from './steps/apply-change-order.step';
import { CreateErpProjectStep } from './steps/create-erp-project.step';
import { CreatePsaProjectStep } from './steps/create-psa-project.step';
import { ResolveCustomerStep } from './steps/resolve-customer.step';
import { StaffingGaps } from './steps/staffing-gaps';
import { ValidateDealStep } from './steps/validate-deal.step';

const HANDLERS = [
  ValidateDealStep,
  ResolveCustomerStep,
  CreatePsaProjectStep,
  CreateErpProjectStep,
  ActivateProjectsStep,
  ApplyChangeOrderStep,
];

/** The onboarding flow: its steps, their state in Postgres, the worker and the recovery sweep. */
@Module({
  imports: [OutboxModule, KpisModule, ExceptionCasesModule],
  providers: [
    ...HANDLERS,
    { provide: STEP_HANDLERS, inject: HANDLERS, useFactory: (...all: StepHandler[]) => all },
    FlowSettings,
    StaffingGaps,
    StepStore,
    ExceptionRecorder,
    OnboardingFlow,
    OnboardingLauncher,
    ChangeOrderIntake,
    RunStepJob,
    RecoverySweep,
    FlowWorkers,
  ],
  exports: [
    FlowSettings,
    StaffingGaps,
    ExceptionRecorder,
    OnboardingFlow,
    OnboardingLauncher,
    ChangeOrderIntake,
    RecoverySweep,
  ],
})
export class FlowModule {}
