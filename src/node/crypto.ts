import { createHmac, randomBytes } from "node:crypto";
import type { CryptoPort } from "../ports";

/** The links' hash and secrets with node:crypto (the CLI, the local server, the tests). */
export const nodeCrypto: CryptoPort = {
  hmacSha256: (key, message) => new Uint8Array(createHmac("sha256", key).update(message, "utf8").digest()),
  // 32 random bytes: as many bits as the hash gives, so the secret is never the weaker part.
  randomSecret: () => randomBytes(32).toString("base64url"),
};
