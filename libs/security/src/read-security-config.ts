import { ConfigService } from '@nestjs/config';
import { SecurityConfig, securityConfigShape } from './security-config';

/** The parsed security variables out of the app's validated config. */
export function readSecurityConfig(config: ConfigService): SecurityConfig {
  const entries = Object.keys(securityConfigShape).map((name) => [name, config.get(name)]);
  return Object.fromEntries(entries) as SecurityConfig;
}
