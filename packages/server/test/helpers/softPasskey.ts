/**
 * A software authenticator for tests: an ES256 key in memory that answers registration and
 * sign-in the way a phone's passkey does, built per WebAuthn Level 2 §6.1 (authenticator data),
 * §6.5.4 ("none" attestation), §5.8.1 (clientDataJSON) and §6.3.3 (assertion signature).
 * Every field can be spoiled to test the server's refusals.
 */
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

const b64url = (b: Uint8Array | string) => Buffer.from(b).toString('base64url');
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest();
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

// Authenticator data flags (WebAuthn §6.1).
const UP = 0x01;
const UV = 0x04;
const AT = 0x40;

export interface Ceremony {
  readonly challenge: string;
  /** Defaults to the passkey's own origin. */
  readonly origin?: string;
  readonly rpId?: string;
  readonly userVerified?: boolean;
}

export class SoftPasskey {
  readonly rawId = randomBytes(32);
  readonly id = b64url(this.rawId);
  private readonly keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  counter = 0;
  /** Given at registration (options.user.id), returned at sign-in as userHandle. */
  userHandle: string | undefined;

  constructor(
    readonly origin: string,
    readonly rpId = new URL(origin).hostname,
  ) {}

  /** What @simplewebauthn/browser's startRegistration() sends, for options from register/options. */
  register(options: { challenge: string; user: { id: string } }, c: Partial<Ceremony> = {}) {
    this.userHandle = options.user.id;
    const { x, y } = this.keys.publicKey.export({ format: 'jwk' });
    // COSE_Key for ES256 (RFC 9053 §7.1.1): kty EC2, alg -7, crv P-256, x, y.
    const coseKey = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(x as string, 'base64url')],
        [-3, Buffer.from(y as string, 'base64url')],
      ]),
    );
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.rawId.length);
    const authData = Buffer.concat([
      sha256(c.rpId ?? this.rpId),
      Buffer.from([UP | AT | (c.userVerified === false ? 0 : UV)]),
      u32(this.counter),
      Buffer.alloc(16), // AAGUID: none
      idLength,
      this.rawId,
      coseKey,
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Uint8Array | Map<string, number>>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, number>()],
        ['authData', authData],
      ]),
    );
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key' as const,
      response: {
        clientDataJSON: this.clientData('webauthn.create', { challenge: options.challenge, ...c }),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform' as const,
    };
  }

  /**
   * What startAuthentication() sends; each call counts one more use, as a real key does.
   * `counter` sends another count once (a cloned key) without changing this key's own.
   */
  signIn(c: Ceremony & { counter?: number; signWith?: SoftPasskey }) {
    const counter = c.counter ?? ++this.counter;
    const authData = Buffer.concat([
      sha256(c.rpId ?? this.rpId),
      Buffer.from([UP | (c.userVerified === false ? 0 : UV)]),
      u32(counter),
    ]);
    const clientDataJSON = this.clientData('webauthn.get', c);
    const signed = Buffer.concat([authData, sha256(Buffer.from(clientDataJSON, 'base64url'))]);
    // ES256 signatures are DER-encoded (WebAuthn §6.5.5), node's default for EC keys.
    const signature = sign('sha256', signed, (c.signWith ?? this).keys.privateKey);
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key' as const,
      response: {
        clientDataJSON,
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        ...(this.userHandle ? { userHandle: this.userHandle } : {}),
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform' as const,
    };
  }

  private clientData(type: string, c: Partial<Ceremony>): string {
    return b64url(
      JSON.stringify({ type, challenge: c.challenge, origin: c.origin ?? this.origin, crossOrigin: false }),
    );
  }
}
