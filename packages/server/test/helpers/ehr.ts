/**
 * The EHR side of CDS Hooks for tests: a key pair made here, its public half served as a JWKS
 * over local HTTP, and a signer of CDS Hooks JWTs (iss, aud, iat, exp, jti).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

export const TEST_EHR = 'https://ehr.test/fhir';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

export async function fakeEhr(serviceUrl: string) {
  const keys: KeyPair = await generateKeyPair('ES384');
  const jwk: JWK = { ...(await exportJWK(keys.publicKey)), kid: 'ehr-key-1', alg: 'ES384', use: 'sig' };
  let fetches = 0;
  const server: Server = createServer((req, res) => {
    fetches++;
    if (req.url !== '/jwks.json') return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const sign = (
    claims: { aud?: string; iss?: string; expIn?: number; jti?: string } = {},
    key: KeyPair['privateKey'] = keys.privateKey,
  ) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'ES384', kid: 'ehr-key-1', typ: 'JWT' })
      .setIssuer(claims.iss ?? TEST_EHR)
      .setAudience(claims.aud ?? serviceUrl)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + (claims.expIn ?? 120))
      .setJti(claims.jti ?? randomUUID())
      .sign(key);
  return {
    jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
    sign,
    fetches: () => fetches,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
