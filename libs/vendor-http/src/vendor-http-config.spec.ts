import { ConfigValidationError, parseConfig } from '@p2c/platform';
import {
  vendorHttpConfigShape,
  vendorHttpConfigShapeFor,
  vendorHttpDevSecrets,
  vendorHttpSettings,
} from './vendor-http-config';

describe('vendor HTTP config', () => {
  it('points every vendor at the embedded sandbox with its dev token in development', () => {
    const config = parseConfig(vendorHttpConfigShape, {}, vendorHttpDevSecrets);
    expect(vendorHttpSettings('crm', config)).toMatchObject({
      baseUrl: 'http://127.0.0.1:4000/crm/services/data/v60.0',
      token: 'crm-dev-token',
    });
    expect(vendorHttpSettings('psa', config).baseUrl).toBe('http://127.0.0.1:4000/psa/api/v1');
    expect(vendorHttpSettings('hcm', config).baseUrl).toBe('http://127.0.0.1:4000/hcm');
    expect(vendorHttpSettings('erp', config)).toMatchObject({
      baseUrl: 'http://127.0.0.1:4000/erp/services/rest',
      token: 'erp-dev-token',
    });
  });

  it("keeps the ERP's concurrency below the sandbox's account limit of 10 by default", () => {
    const config = parseConfig(vendorHttpConfigShapeFor(['erp']), {}, vendorHttpDevSecrets);
    expect(vendorHttpSettings('erp', config).maxConcurrency).toBeLessThan(10);
  });

  it('requires real tokens in production and lists each missing one', () => {
    let caught: unknown;
    try {
      parseConfig(vendorHttpConfigShape, { NODE_ENV: 'production' }, vendorHttpDevSecrets);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigValidationError);
    expect((caught as ConfigValidationError).problems).toEqual(
      ['CRM_TOKEN', 'PSA_TOKEN', 'ERP_TOKEN', 'HCM_TOKEN'].map(
        (name) => `${name}: required but not set`,
      ),
    );
  });

  it('asks an app only for the variables of the vendors it talks to', () => {
    const shape = vendorHttpConfigShapeFor(['erp']);
    expect(Object.keys(shape)).toContain('ERP_TOKEN');
    expect(Object.keys(shape)).toContain('VENDOR_MAX_RESPONSE_BYTES');
    expect(Object.keys(shape).filter((key) => /^(CRM|PSA|HCM)_/.test(key))).toEqual([]);
    const config = parseConfig(shape, { NODE_ENV: 'production', ERP_TOKEN: 'real-token' });
    expect(vendorHttpSettings('erp', config).token).toBe('real-token');
  });

  it('reads each setting from its own variable, coerced', () => {
    const config = parseConfig(vendorHttpConfigShapeFor(['psa']), {
      PSA_BASE_URL: 'https://acme.mavenlink.example/api/v1',
      PSA_TOKEN: 't',
      PSA_TIMEOUT_MS: '1500',
      PSA_CONNECT_TIMEOUT_MS: '200',
      PSA_MAX_CONCURRENCY: '3',
      PSA_RATE_PER_SECOND: '2.5',
      PSA_RATE_BURST: '4',
      PSA_MAX_RETRIES: '0',
      VENDOR_MAX_QUEUED: '7',
      VENDOR_RETRY_BASE_DELAY_MS: '11',
      VENDOR_RETRY_MAX_DELAY_MS: '12',
      VENDOR_BREAKER_THRESHOLD: '13',
      VENDOR_BREAKER_HALF_OPEN_AFTER_MS: '14',
      VENDOR_MAX_RESPONSE_BYTES: '15',
    });
    expect(vendorHttpSettings('psa', config)).toEqual({
      vendor: 'psa',
      baseUrl: 'https://acme.mavenlink.example/api/v1',
      token: 't',
      timeoutMs: 1500,
      connectTimeoutMs: 200,
      maxConcurrency: 3,
      maxQueued: 7,
      ratePerSecond: 2.5,
      rateBurst: 4,
      maxRetries: 0,
      retryBaseDelayMs: 11,
      retryMaxDelayMs: 12,
      breakerThreshold: 13,
      breakerHalfOpenAfterMs: 14,
      maxResponseBytes: 15,
    });
  });

  it('rejects nonsense limits', () => {
    expect(() =>
      parseConfig(vendorHttpConfigShapeFor(['hcm']), {
        HCM_TOKEN: 't',
        HCM_BASE_URL: 'not a url',
        HCM_MAX_CONCURRENCY: '0',
        HCM_MAX_RETRIES: '50',
        VENDOR_REPLICAS: '0',
      }),
    ).toThrow(/HCM_BASE_URL[\s\S]*HCM_MAX_CONCURRENCY[\s\S]*HCM_MAX_RETRIES[\s\S]*VENDOR_REPLICAS/);
  });
});
