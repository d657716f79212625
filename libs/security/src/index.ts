// First on purpose: @p2c/observability reads `Public` while this index may still be loading.
export * from './public.decorator';
export * from './authenticated-principal';
export * from './current-principal.decorator';
export * from './security-config';
export * from './security.exception';
export * from './security.module';
export * from './read-security-config';
export * from './roles/role.enum';
export * from './roles/roles.decorator';
export * from './roles/roles.guard';
export * from './jwt/access-token-claims';
export * from './jwt/jwt-key';
export * from './jwt/jwt.strategy';
export * from './jwt/jwt-auth.guard';
export * from './jwt/sign-access-token';
