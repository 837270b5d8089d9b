/** The little of oidc-provider (dev dependency, no types of its own) that e2e/oidc/provider.ts uses. */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  type Handler = (req: IncomingMessage, res: ServerResponse) => void;
  type Grant = {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
  };
  type Context = {
    oidc: {
      result?: { consent?: { grantId?: string } };
      session?: { accountId?: string; grantIdFor(clientId: string): string | undefined };
      client?: { clientId: string };
      provider: {
        Grant: {
          new (fields: { clientId?: string; accountId?: string }): Grant;
          find(id: string): Promise<Grant>;
        };
      };
    };
  };
  export type Configuration = {
    clients: Record<string, unknown>[];
    cookies: { keys: string[] };
    claims: Record<string, string[]>;
    conformIdTokenClaims: boolean;
    features: Record<string, unknown>;
    pkce: { required: () => boolean };
    findAccount(
      ctx: Context,
      sub: string,
    ): Promise<{ accountId: string; claims(): Promise<Record<string, unknown>> }>;
    loadExistingGrant(ctx: Context): Promise<Grant | undefined>;
    ttl: Record<string, number>;
  };
  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    callback(): Handler;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<{ uid: string }>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: { login: { accountId: string; amr?: string[]; acr?: string } },
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }
}
