import { KeyObject, generateKeyPairSync, randomUUID } from 'node:crypto';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { sign } from 'jsonwebtoken';
import { parseConfig } from '@p2c/platform';
import { AccessTokenRequest, jwtConfigShape, securityDevSecrets } from '@p2c/security';

const KEY_ID = 'test-idp-1';

/**
 * An identity provider as production has one: it signs RS256 user tokens with a private key the
 * gateway never sees and publishes the public key as a JWKS. Give its `env`
 * (`AUTH_JWT_JWKS_URL`) to every app, then call them with its `token(...)`.
 */
export class TestIdentityProvider {
  private constructor(
    private readonly server: Server,
    private readonly privateKey: KeyObject,
    private readonly impostorKey: KeyObject,
    readonly env: { AUTH_JWT_JWKS_URL: string },
  ) {}

  static async start(): Promise<TestIdentityProvider> {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwks = {
      keys: [{ ...publicKey.export({ format: 'jwk' }), kid: KEY_ID, alg: 'RS256', use: 'sig' }],
    };
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const impostor = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    return new TestIdentityProvider(server, privateKey, impostor, {
      AUTH_JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    });
  }

  /**
   * A user token for the apps' default issuer and audience (`forgery` changes them, as a token
   * meant for another API or from another issuer would have them, or signs it with a key the
   * provider never published, under its key id).
   */
  token(
    request: AccessTokenRequest,
    forgery: { issuer?: string; audience?: string; impostor?: boolean } = {},
  ): string {
    const config = parseConfig(jwtConfigShape, { NODE_ENV: 'test' }, securityDevSecrets);
    return sign(
      {
        sub: request.subject,
        roles: request.roles,
        ...(request.partnerId ? { partnerId: request.partnerId } : {}),
      },
      forgery.impostor ? this.impostorKey : this.privateKey,
      {
        algorithm: 'RS256',
        keyid: KEY_ID,
        issuer: forgery.issuer ?? config.AUTH_JWT_ISSUER,
        audience: forgery.audience ?? config.AUTH_JWT_AUDIENCE,
        expiresIn: request.ttlSeconds,
        jwtid: randomUUID(),
      },
    );
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
