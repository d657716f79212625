/**
 * `npm run token -- --role ROLE [--partner ID] [--subject S] [--ttl SECONDS]`: a development user
 * JWT (AUTH_JWT_SECRET), or with `--role service` a service token (AUTH_SERVICE_TOKEN_SECRET).
 */
import { parseConfig } from '@p2c/platform';
import {
  Role,
  jwtConfigShape,
  parseTokenArgs,
  securityDevSecrets,
  signAccessToken,
  signServiceToken,
} from '@p2c/security';

try {
  const request = parseTokenArgs(process.argv.slice(2));
  const config = parseConfig(jwtConfigShape, process.env, securityDevSecrets);
  console.log(
    request.roles.includes(Role.Service)
      ? signServiceToken(config, request)
      : signAccessToken(config, request),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
